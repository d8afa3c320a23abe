-- The newest state each evaluation is in, as far as this service has learned it from evaluation-state-events
-- (platform cycle/). Only what the write guard needs: whether the evaluation's facts are writable, and the state
-- and label to name in a refusal. The highest sequence wins, so a redelivered or older event changes nothing.
-- An evaluation without a row has had no transition: it is a draft, writable.
CREATE TABLE evaluation_write_window (
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    sequence        BIGINT      NOT NULL,
    state           TEXT        NOT NULL,
    state_label     TEXT        NOT NULL,
    facts_writable  BOOLEAN     NOT NULL,
    changed_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department_code, fiscal_year)
);
