-- The inquiries each client had accepted recently, for the rate limit every public-site instance shares. A client is
-- kept as a keyed hash of its address, never the address itself, and its rows go once they are past the window.
CREATE TABLE inquiry_rate (
    client_hash   varchar(64)   NOT NULL,
    accepted_at   timestamptz   NOT NULL
);

CREATE INDEX inquiry_rate_client ON inquiry_rate (client_hash, accepted_at);
