-- The monitoring rounds scoring-service publishes on monitoring-events (docs/monitoring.md, "The round event"): per
-- evaluation and as-of date only the highest version received is kept, since a round's newer version replaces the
-- older one entirely; an older or repeated version changes nothing. The document is the round as published, which
-- the monitoring report is rendered from and the JSON representation returns.
CREATE TABLE monitoring_round (
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    as_of           DATE        NOT NULL,
    version         INTEGER     NOT NULL,
    document        JSONB       NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, as_of)
);
