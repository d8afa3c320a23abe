-- Reviewer judgements for items the scheme scores by judgement (评审意见): points, reasoning and evidence.
CREATE TABLE judgement (
    department_code   TEXT          NOT NULL,
    fiscal_year       INTEGER       NOT NULL,
    item_code         TEXT          NOT NULL,
    points            NUMERIC(7, 2) NOT NULL,
    text              TEXT          NOT NULL,
    evidence_document TEXT,
    evidence_url      TEXT,
    evidence_date     DATE,
    version           BIGINT        NOT NULL,
    updated_by        TEXT          NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, item_code)
);

-- Who changed which judgement, to what, and when: never updated, only appended.
CREATE TABLE judgement_history (
    id                BIGSERIAL PRIMARY KEY,
    department_code   TEXT          NOT NULL,
    fiscal_year       INTEGER       NOT NULL,
    item_code         TEXT          NOT NULL,
    version           BIGINT        NOT NULL,
    points            NUMERIC(7, 2) NOT NULL,
    text              TEXT          NOT NULL,
    evidence_document TEXT,
    evidence_url      TEXT,
    evidence_date     DATE,
    changed_by        TEXT          NOT NULL,
    changed_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX judgement_history_item ON judgement_history (department_code, fiscal_year, item_code, version);
