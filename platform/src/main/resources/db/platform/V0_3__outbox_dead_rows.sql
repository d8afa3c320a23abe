-- A row the broker refuses for good (too large, unserialisable) is set aside instead of being retried forever:
-- the relay skips it and the later rows of its evaluation (same event_key), health and a metric report it, and an
-- operator resolves it (see cn.perfeval.platform.events.outbox.OutboxRelay).
ALTER TABLE outbox_event ADD COLUMN dead_at TIMESTAMPTZ;

CREATE INDEX outbox_event_dead ON outbox_event (event_key, seq) WHERE dead_at IS NOT NULL AND sent_at IS NULL;
