-- Work that touches many evaluations at once (a scheme change, a calendar publication, a projection rebuild) runs in
-- the background (platform jobs): a job, and one row per item to process. Any instance of the service claims a batch
-- of pending items with FOR UPDATE SKIP LOCKED and processes it in one transaction that also marks the items done,
-- so two instances never process one item at once and a crash loses nothing (the batch stays pending).
CREATE TABLE background_job (
    id          UUID        PRIMARY KEY,
    kind        TEXT        NOT NULL,
    subject     TEXT        NOT NULL,
    state       TEXT        NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    total       INTEGER     NOT NULL,
    started_by  TEXT        NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ
);
-- the latest job of a kind (a projection rebuild), and whether one is running
CREATE INDEX background_job_by_kind ON background_job (kind, started_at DESC);

CREATE TABLE background_job_item (
    job_id UUID NOT NULL REFERENCES background_job,
    item   TEXT NOT NULL,
    state  TEXT NOT NULL CHECK (state IN ('PENDING', 'DONE', 'FAILED')),
    error  TEXT,
    PRIMARY KEY (job_id, item)
);
-- the runner's claim: the pending items of a job, in order
CREATE INDEX background_job_item_pending ON background_job_item (job_id, item) WHERE state = 'PENDING';
