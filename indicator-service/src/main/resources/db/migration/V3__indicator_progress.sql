-- Mid-year progress (运行监控) of an indicator: dated values, as written and as read.
CREATE TABLE indicator_progress (
    id           UUID PRIMARY KEY,
    indicator_id UUID            NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    as_of        DATE            NOT NULL,
    value_text   TEXT            NOT NULL,
    value        NUMERIC(38, 10),
    unit         TEXT,
    note         TEXT,
    reported_by  TEXT            NOT NULL,
    reported_at  TIMESTAMPTZ     NOT NULL,
    CONSTRAINT indicator_progress_one_per_day UNIQUE (indicator_id, as_of)
);
