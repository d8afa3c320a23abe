-- Projection of the facts other services publish (event-carried state): one row per source entity, replaced
-- only by a higher version, so duplicates and redelivery are harmless and replaying the topics rebuilds it.
CREATE TABLE fact_record (
    entity_type     TEXT        NOT NULL,
    entity_id       TEXT        NOT NULL,
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    version         BIGINT      NOT NULL,
    deleted         BOOLEAN     NOT NULL DEFAULT FALSE,
    payload         JSONB       NOT NULL,
    source_event_id TEXT        NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (entity_type, entity_id)
);
CREATE INDEX fact_record_evaluation ON fact_record (department_code, fiscal_year);

-- Evaluations whose facts changed since their last scorecard. Written in the same transaction as the fact, so
-- a crash between the two never loses a recompute; many changes to one evaluation collapse into one row.
-- due_at moves into the future when a recompute fails, so one broken evaluation cannot starve the others.
CREATE TABLE pending_recompute (
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    due_at          TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    PRIMARY KEY (department_code, fiscal_year)
);

-- Every distinct scorecard ever computed, numbered per evaluation. A new row only when the content changed.
CREATE TABLE scorecard_version (
    department_code TEXT          NOT NULL,
    fiscal_year     INTEGER       NOT NULL,
    version         INTEGER       NOT NULL,
    scheme_id       TEXT          NOT NULL,
    scheme_version  TEXT          NOT NULL,
    total           NUMERIC(7, 2) NOT NULL,
    grade           TEXT          NOT NULL,
    complete        BOOLEAN       NOT NULL,
    snapshot        JSONB         NOT NULL,
    content_hash    TEXT          NOT NULL,
    computed_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, version)
);
