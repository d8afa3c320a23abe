-- Narrative sections people write (部门职能, 主要工作成效, edited problems and measures …). Every write is a new
-- revision; nothing is updated in place, so the history of each section is kept. A NULL text withdraws the
-- section (the report shows the drafted text or a placeholder again).
CREATE TABLE narrative_revision (
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    section_key     TEXT        NOT NULL,
    revision        INTEGER     NOT NULL,
    text            TEXT,
    written_by      TEXT        NOT NULL,
    written_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, section_key, revision)
);
