-- Patients: found in a moment among a million, and archived rather than deleted.

ALTER TABLE patient ADD COLUMN archived_at timestamptz;

-- A name fragment of three or more characters matches anywhere (trigrams); a shorter one matches the start. An
-- email matches from its start, a phone number anywhere in it, a birth date exactly.
CREATE INDEX patient_name_trigram ON patient USING gin (lower(full_name) gin_trgm_ops);
CREATE INDEX patient_name_prefix ON patient (lower(full_name) text_pattern_ops);
CREATE INDEX patient_email_prefix ON patient (lower(email) text_pattern_ops);
CREATE INDEX patient_phone_trigram ON patient USING gin (phone gin_trgm_ops);
CREATE INDEX patient_date_of_birth ON patient (date_of_birth);
