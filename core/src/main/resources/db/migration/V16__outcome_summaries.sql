-- What each course contributes to the outcome figures, kept on the course itself: the change in pain from baseline to
-- the 6-8 week review (its score taken 5 to 10 weeks after the first session), and its adverse events. The figures
-- per treatment then read one narrow table instead of joining courses, follow-ups and scores at every visit (2 s at
-- a million patients, against a fifth of that). refresh_course_summary(id) recomputes one course after a change to
-- it, refresh_course_summary(NULL) every course; it is the one place the rule is written.
ALTER TABLE treatment_course
    ADD COLUMN review_pain_change     smallint,
    ADD COLUMN adverse_events         smallint NOT NULL DEFAULT 0,
    ADD COLUMN severe_adverse_events  smallint NOT NULL DEFAULT 0;

CREATE FUNCTION refresh_course_summary(course bigint) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    changed integer;
BEGIN
    UPDATE treatment_course c SET
        review_pain_change = (
            SELECT review.pain - baseline.pain
            FROM outcome_score baseline
            JOIN follow_up f ON f.course_id = c.id AND f.kind = 'REVIEW'
            JOIN outcome_score review ON review.follow_up_id = f.id
            WHERE baseline.course_id = c.id AND baseline.follow_up_id IS NULL
              AND review.measured_on BETWEEN c.started_on + 35 AND c.started_on + 70),
        adverse_events = (SELECT count(*) FROM adverse_event a WHERE a.course_id = c.id),
        severe_adverse_events = (SELECT count(*) FROM adverse_event a WHERE a.course_id = c.id
                                 AND a.severity = 'SEVERE')
    WHERE course IS NULL OR c.id = course;
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END
$$;

SELECT refresh_course_summary(NULL);

-- the patients behind each treatment's median, read from the index alone
CREATE INDEX treatment_course_reviewed ON treatment_course (treatment_id, patient_id)
    WHERE review_pain_change IS NOT NULL;

-- the follow-up work lists count from the index alone, leaving out archived patients' courses (few) by anti-join
DROP INDEX follow_up_open;
CREATE INDEX follow_up_open ON follow_up (due_on, course_id) WHERE done_on IS NULL;
CREATE INDEX patient_archived ON patient (id) WHERE archived_at IS NOT NULL;
