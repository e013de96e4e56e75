-- When an administrator takes a role away, disables an account or turns off its two-factor sign-in, the account's
-- sessions end: each session keeps the stamp it signed in with, and this moment is part of the stamp. (A password
-- change moves password_changed_at, which is part of it already.)
ALTER TABLE user_account ADD COLUMN sessions_valid_from timestamptz;
