-- The outbox keeps every mail it ever sent, so its lookups must not read the whole table. The daily ration of
-- acknowledgements per address is counted in the transaction of every inquiry: by lower-cased address, so an index
-- on the lower-cased address serves it. An inquiry's mail is found (and deleted with it) by its inquiry.
CREATE INDEX outbox_message_recipient_lower ON outbox_message (lower(recipient), kind, created_at);
CREATE INDEX outbox_message_inquiry ON outbox_message (inquiry_id);
DROP INDEX outbox_message_recipient;
