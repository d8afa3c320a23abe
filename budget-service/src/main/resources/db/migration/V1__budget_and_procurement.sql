-- One row per evaluation (department, fiscal year). Every write locks it first, so the writes of one evaluation
-- are serialised and its snapshot versions never race.
CREATE TABLE evaluation (
    department_code TEXT    NOT NULL,
    fiscal_year     INTEGER NOT NULL,
    PRIMARY KEY (department_code, fiscal_year)
);

-- The small, human-sized inputs of an evaluation (budget lines, projects, "三公", assets, procurement intentions,
-- award notices, contracts, complaints …), one row per record, stored as the validated JSON the API accepted.
-- kind names the record type (cn.perfeval.budget.facts.FactKind); a singleton kind has record_id '-'.
-- version counts the changes of this one record, for the record sets of the events.
CREATE TABLE fact_record (
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    kind            TEXT        NOT NULL,
    record_id       TEXT        NOT NULL,
    ordinal         INTEGER     NOT NULL,
    content         TEXT        NOT NULL,
    version         BIGINT      NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    updated_by      TEXT        NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, kind, record_id)
);

-- That a kind was reported at all (an empty list is "reported, none"; no row is "never entered") and how often
-- it changed: the source version of the facts derived from it.
CREATE TABLE fact_section (
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    kind            TEXT        NOT NULL,
    version         BIGINT      NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, kind)
);

-- ERP expenditure lines (万元), upserted by line id; possibly hundreds of thousands per evaluation, so they get a
-- table of their own and are only ever summed in SQL.
CREATE TABLE expenditure (
    department_code TEXT           NOT NULL,
    fiscal_year     INTEGER        NOT NULL,
    line_id         TEXT           NOT NULL,
    spent_on        DATE           NOT NULL,
    amount          NUMERIC(20, 6) NOT NULL CHECK (amount >= 0),
    category        TEXT           NOT NULL,
    project_code    TEXT,
    updated_at      TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, line_id)
);

-- The State Council holiday notice of each year as data; the row is replaced when an administrator publishes a
-- new version.
CREATE TABLE working_day_calendar (
    year         INTEGER     PRIMARY KEY,
    version      TEXT        NOT NULL,
    content_hash TEXT        NOT NULL,
    document     TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    updated_by   TEXT        NOT NULL
);

-- Current timeliness verdicts of every procurement record, with the calendar versions each was computed with
-- (a JSON array of {year, version, contentHash}), so a calendar change finds the verdicts to recompute.
CREATE TABLE timeliness_verdict (
    department_code  TEXT        NOT NULL,
    fiscal_year      INTEGER     NOT NULL,
    rule             TEXT        NOT NULL,
    subject_id       TEXT        NOT NULL,
    reference_date   DATE        NOT NULL,
    act_date         DATE        NOT NULL,
    deadline         DATE        NOT NULL,
    compliant        BOOLEAN     NOT NULL,
    days_late        BIGINT      NOT NULL,
    calendar_years   INTEGER[]   NOT NULL,
    calendar_versions TEXT       NOT NULL,
    computed_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, rule, subject_id)
);
CREATE INDEX timeliness_verdict_calendar_years ON timeliness_verdict USING GIN (calendar_years);

-- The last published fact snapshot per evaluation and topic: its version and a hash of its content, so a write
-- that changes nothing a consumer sees publishes nothing.
CREATE TABLE fact_snapshot (
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    topic           TEXT        NOT NULL,
    version         BIGINT      NOT NULL,
    content_hash    TEXT        NOT NULL,
    data            TEXT        NOT NULL,
    published_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, topic)
);
