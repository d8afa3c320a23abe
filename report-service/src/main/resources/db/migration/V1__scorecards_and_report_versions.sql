-- The newest scorecard document received for each evaluation (from score-events); older versions are ignored.
CREATE TABLE scorecard_snapshot (
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    version         INTEGER     NOT NULL,
    document        JSONB       NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department_code, fiscal_year)
);

-- An evaluation whose report the department has published at least once: from then on every change republishes.
CREATE TABLE publication (
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    published_by    TEXT        NOT NULL,
    first_published TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department_code, fiscal_year)
);

-- Immutable published report versions. The content is the structured report; formats are rendered from it.
CREATE TABLE report_version (
    department_code   TEXT          NOT NULL,
    fiscal_year       INTEGER       NOT NULL,
    number            INTEGER       NOT NULL,
    content_hash      TEXT          NOT NULL,
    scorecard_version INTEGER       NOT NULL,
    total             NUMERIC(7, 2) NOT NULL,
    content           JSONB         NOT NULL,
    published_at      TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, number)
);
