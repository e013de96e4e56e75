-- Patients are listed in the byte order of their lower-cased names: one index then both finds a name's start and
-- gives the order, so a page of "jo…" or of everyone is read straight from it. (A pattern index cannot give the
-- order, and the database's own collation cannot take a LIKE prefix.)
DROP INDEX patient_name_prefix;
CREATE INDEX patient_name_order ON patient ((lower(full_name) COLLATE "C"), id);
