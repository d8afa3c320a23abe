-- Remembered results of writes sent with an Idempotency-Key: the same key and body replays the first response,
-- the same key with another body is a conflict. Rows are written in the transaction of the write itself.
CREATE TABLE idempotency_record (
    scope          TEXT        NOT NULL,
    idempotency_key TEXT       NOT NULL,
    request_hash   TEXT        NOT NULL,
    status         INTEGER     NOT NULL,
    response_body  TEXT,
    location       TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
