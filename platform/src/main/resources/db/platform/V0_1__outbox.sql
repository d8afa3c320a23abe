-- Transactional outbox shared by every service (see cn.perfeval.platform.events.outbox).
CREATE TABLE outbox_event (
    seq            BIGSERIAL PRIMARY KEY,
    event_id       UUID        NOT NULL UNIQUE,
    topic          TEXT        NOT NULL,
    event_key      TEXT        NOT NULL,
    event_type     TEXT        NOT NULL,
    payload        TEXT        NOT NULL,
    correlation_id TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    sent_at        TIMESTAMPTZ,
    attempts       INTEGER     NOT NULL DEFAULT 0,
    last_error     TEXT
);

-- The relay only ever looks for unsent rows, in order.
CREATE INDEX outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL;
