-- A treated patient's clinical record is never deleted with the patient: erasure on request de-identifies it instead,
-- and a delete that would take courses with it is refused rather than carried out.
ALTER TABLE treatment_course DROP CONSTRAINT treatment_course_patient_id_fkey;
ALTER TABLE treatment_course ADD CONSTRAINT treatment_course_patient_id_fkey
    FOREIGN KEY (patient_id) REFERENCES patient (id) ON DELETE RESTRICT;

-- A follow-up closed without reaching the patient (no answer after several tries, or they declined): done, so it
-- leaves the work list and is not counted as missed, but it has no scores.
ALTER TABLE follow_up ADD COLUMN not_reached boolean NOT NULL DEFAULT false;
