-- Sign-in lockout: failed sign-ins in a row, and until when the account refuses every sign-in after too many. An
-- administrator's unlock clears both.
ALTER TABLE user_account
    ADD COLUMN failed_sign_ins  integer     NOT NULL DEFAULT 0,
    ADD COLUMN locked_until     timestamptz;
