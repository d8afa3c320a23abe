-- Mid-year monitoring (双监控, docs/monitoring.md): threshold versions per scheme, rounds, their versions and the
-- department's assessments.

-- The thresholds of a scheme, as versions: the shipped file is version 1, each PUT adds the next. Never updated.
CREATE TABLE monitoring_thresholds (
    scheme_id  TEXT        NOT NULL,
    version    INTEGER     NOT NULL,
    document   JSONB       NOT NULL,
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (scheme_id, version)
);

-- One round per evaluation and as-of date; its row is locked while it is recomputed, assessed or closed.
CREATE TABLE monitoring_round (
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    as_of           DATE        NOT NULL,
    scheme_id       TEXT        NOT NULL,
    state           TEXT        NOT NULL CHECK (state IN ('OPEN', 'CLOSED')),
    opened_by       TEXT        NOT NULL,
    opened_at       TIMESTAMPTZ NOT NULL,
    closed_by       TEXT,
    closed_at       TIMESTAMPTZ,
    PRIMARY KEY (department_code, fiscal_year, as_of)
);
CREATE INDEX monitoring_round_open ON monitoring_round (scheme_id) WHERE state = 'OPEN';
CREATE INDEX monitoring_round_year ON monitoring_round (fiscal_year, department_code, as_of);

-- Each computed content of a round that differed from the one before: the document GET and the event carry.
CREATE TABLE monitoring_round_version (
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    as_of           DATE        NOT NULL,
    version         INTEGER     NOT NULL,
    document        JSONB       NOT NULL,
    content_hash    TEXT        NOT NULL,
    computed_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, as_of, version),
    FOREIGN KEY (department_code, fiscal_year, as_of) REFERENCES monitoring_round
);

-- The department's assessment of one light of a round (subject: budget, project/<code> or indicator/<id>); a PUT
-- replaces it, the audit trail keeps the history.
CREATE TABLE monitoring_assessment (
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    as_of           DATE        NOT NULL,
    subject         TEXT        NOT NULL,
    assessment      JSONB       NOT NULL,
    updated_by      TEXT        NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, as_of, subject),
    FOREIGN KEY (department_code, fiscal_year, as_of) REFERENCES monitoring_round
);
