-- The outbox's delivery worker runs in every web-admin instance, but only one of them may deliver at a time, or two
-- would send the same mail. The lock lives here, in the database they share: ShedLock (JdbcTemplateLockProvider)
-- keeps one row per scheduled job, and whoever holds it has it until lock_until.
--
-- The times are the database's own, never an instance's, so instances whose clocks drift still agree on when a lock
-- ends. ShedLock writes them as UTC wall-clock times (timezone('utc', CURRENT_TIMESTAMP)) and compares them with the
-- same, so the columns are timestamp WITHOUT time zone: a timestamptz column would read such a time in each
-- connection's own time zone (the JVM's), and an instance in another zone would see a held lock as long expired
-- (OutboxDeliveryTest checks the lock between connections in Auckland, UTC and Los Angeles).
CREATE TABLE shedlock (
    name        varchar(64)   PRIMARY KEY,
    lock_until  timestamp     NOT NULL,
    locked_at   timestamp     NOT NULL,
    locked_by   varchar(255)  NOT NULL
);
