-- Rectification tasks (整改任务, docs/monitoring.md "Rectification tasks"): opened from a problem of the year's report
-- or a red light of a monitoring round, closed once with evidence. Tasks of year N are read into the facts of year
-- N+1 (rectification.carriedTasks) and into its scorecard (carriedRectification).
CREATE TABLE rectification_task (
    id               BIGSERIAL PRIMARY KEY,
    department_code  TEXT        NOT NULL,
    fiscal_year      INTEGER     NOT NULL,
    source_kind      TEXT        NOT NULL CHECK (source_kind IN ('REPORT_PROBLEM', 'RED_LIGHT')),
    source_reference TEXT        NOT NULL,
    problem          TEXT        NOT NULL,
    goal             TEXT        NOT NULL,
    measure          TEXT        NOT NULL,
    owner            TEXT        NOT NULL,
    due_date         DATE        NOT NULL,
    state            TEXT        NOT NULL CHECK (state IN ('OPEN', 'CLOSED')),
    version          BIGINT      NOT NULL,
    opened_by        TEXT        NOT NULL,
    opened_at        TIMESTAMPTZ NOT NULL,
    evidence         TEXT,
    evidence_url     TEXT,
    closed_by        TEXT,
    closed_at        TIMESTAMPTZ,
    closed_on        DATE,
    -- a closed task has its evidence and closure, an open one none of them
    CHECK ((state = 'CLOSED') = (evidence IS NOT NULL AND closed_by IS NOT NULL AND closed_at IS NOT NULL
                                 AND closed_on IS NOT NULL))
);
CREATE INDEX rectification_task_evaluation ON rectification_task (department_code, fiscal_year, state, id);
