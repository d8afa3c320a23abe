-- The bureau reviewer's review of what the department assessed itself (自评), as append-only history: nothing here is
-- ever updated or deleted. (V7, not V5: the cycle and the audit log, written in parallel, take the numbers before it.)

-- Each decision on a judgement item's points or a qualitative indicator's grade. The latest row per subject is the
-- decision; it applies only while the self-assessment still has the version it reviewed (reviewed_version).
CREATE TABLE review_decision (
    id               BIGSERIAL PRIMARY KEY,
    department_code  TEXT          NOT NULL,
    fiscal_year      INTEGER       NOT NULL,
    subject_type     TEXT          NOT NULL CHECK (subject_type IN ('JUDGEMENT', 'INDICATOR')),
    subject_id       TEXT          NOT NULL,
    reviewed_version BIGINT        NOT NULL,
    decision         TEXT          NOT NULL CHECK (decision IN ('CONFIRMED', 'ADJUSTED')),
    points           NUMERIC(7, 2),
    grade            TEXT,
    share            NUMERIC(5, 4),
    reason           TEXT,
    decided_by       TEXT          NOT NULL,
    decided_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX review_decision_subject ON review_decision (department_code, fiscal_year, subject_type, subject_id, id);

-- The reviewer's comments per scorecard item, and the department's answers to them.
CREATE TABLE review_comment (
    id              BIGSERIAL PRIMARY KEY,
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    item_code       TEXT        NOT NULL,
    text            TEXT        NOT NULL,
    written_by      TEXT        NOT NULL,
    written_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_comment_evaluation ON review_comment (department_code, fiscal_year, id);

CREATE TABLE review_answer (
    id         BIGSERIAL PRIMARY KEY,
    comment_id BIGINT      NOT NULL REFERENCES review_comment (id),
    text       TEXT        NOT NULL,
    written_by TEXT        NOT NULL,
    written_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_answer_comment ON review_answer (comment_id, id);
