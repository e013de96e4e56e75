-- A score typed wrongly can be corrected: the row keeps a version, so two corrections never overwrite each other
-- unseen, and who corrected it last. The audit trail keeps that it was corrected, by whom and when.
ALTER TABLE outcome_score
    ADD COLUMN version            bigint        NOT NULL DEFAULT 0,
    ADD COLUMN corrected_at       timestamptz,
    ADD COLUMN corrected_by_name  varchar(200);
