-- Scoring schemes as versioned data. A version, once stored, never changes; a change is a new version.
CREATE TABLE scheme_version (
    scheme_id  TEXT        NOT NULL,
    version    TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    document   TEXT        NOT NULL,
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (scheme_id, version)
);
