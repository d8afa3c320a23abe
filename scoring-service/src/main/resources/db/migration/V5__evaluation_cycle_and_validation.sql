-- The yearly cycle (docs/yearly-cycle.md). One row per evaluation that has had a transition: its current state and
-- the sequence of its latest transition. Every transition locks this row (SELECT ... FOR UPDATE), so two
-- transitions of one evaluation never interleave; an evaluation without a row is DRAFT.
CREATE TABLE evaluation_state (
    department_code TEXT    NOT NULL,
    fiscal_year     INTEGER NOT NULL,
    state           TEXT    NOT NULL,
    sequence        INTEGER NOT NULL,
    PRIMARY KEY (department_code, fiscal_year)
);

-- Every transition ever made, numbered per evaluation (1, 2, ...): who, in which role, why, and which scorecard it
-- pinned. Append-only: the database refuses to change or remove a row.
CREATE TABLE evaluation_transition (
    department_code   TEXT        NOT NULL,
    fiscal_year       INTEGER     NOT NULL,
    sequence          INTEGER     NOT NULL,
    transition        TEXT        NOT NULL,
    from_state        TEXT        NOT NULL,
    to_state          TEXT        NOT NULL,
    subject           TEXT        NOT NULL,
    role              TEXT        NOT NULL,
    reason            TEXT,
    scorecard_version INTEGER,
    at                TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, sequence)
);

CREATE FUNCTION evaluation_transition_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'evaluation_transition is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER evaluation_transition_append_only BEFORE UPDATE OR DELETE ON evaluation_transition
    FOR EACH ROW EXECUTE FUNCTION evaluation_transition_append_only();

-- The newest narrative.changed event per evaluation (report-service): each section the outline expects and the
-- length of its text, for the rule narrative-section-empty. Replaced only by a higher revision.
CREATE TABLE narrative_sections (
    department_code TEXT    NOT NULL,
    fiscal_year     INTEGER NOT NULL,
    revision        BIGINT  NOT NULL,
    sections        JSONB   NOT NULL,
    PRIMARY KEY (department_code, fiscal_year)
);

-- The department's explanation of a warning finding, per rule and record; the latest one counts, with who and when.
CREATE TABLE validation_explanation (
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    rule_id         TEXT        NOT NULL,
    record_type     TEXT        NOT NULL,
    record_id       TEXT        NOT NULL,
    text            TEXT        NOT NULL,
    explained_by    TEXT        NOT NULL,
    explained_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, rule_id, record_type, record_id)
);
