CREATE TABLE department (
    code       TEXT PRIMARY KEY,
    name       TEXT        NOT NULL,
    functions  TEXT,
    version    BIGINT      NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

-- Level-3 indicators with their level-1/level-2 placement. Targets and actuals are kept as written (the report
-- shows them verbatim) next to their parsed form (comparator, number in base units, unit).
CREATE TABLE indicator (
    id                 UUID PRIMARY KEY,
    department_code    TEXT          NOT NULL REFERENCES department (code),
    fiscal_year        INTEGER       NOT NULL,
    ordinal            INTEGER       NOT NULL,
    level1             TEXT          NOT NULL,
    level2             TEXT          NOT NULL,
    name               TEXT          NOT NULL,
    comparator         TEXT          NOT NULL,
    period_target_text TEXT,
    annual_target_text TEXT          NOT NULL,
    target_value       NUMERIC(38, 10),
    target_unit        TEXT,
    weight             NUMERIC(12, 4),
    calculation_note   TEXT,
    actual_text        TEXT,
    actual_value       NUMERIC(38, 10),
    actual_unit        TEXT,
    qualitative_grade  TEXT,
    qualitative_share  NUMERIC(6, 4),
    evidence_document  TEXT,
    evidence_url       TEXT,
    reported_by        TEXT,
    reported_at        TIMESTAMPTZ,
    version            BIGINT        NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL,
    CONSTRAINT indicator_unique_in_branch UNIQUE (department_code, fiscal_year, level1, level2, name)
);
CREATE INDEX indicator_evaluation ON indicator (department_code, fiscal_year, ordinal);
