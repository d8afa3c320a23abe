-- The consolidated audit log: every service's accepted writes (audit-events, platform AuditTrail), kept here for
-- the department and the bureau to read. Append-only: the database itself refuses UPDATE, DELETE and TRUNCATE, so
-- not even a bug (or a person with the service's credentials using SQL through it) can rewrite what was recorded.
-- An entry arrives once per entryId however often Kafka redelivers it (ON CONFLICT DO NOTHING, which is no UPDATE).
CREATE TABLE audit_entry (
    seq             BIGSERIAL   NOT NULL UNIQUE,
    entry_id        UUID        PRIMARY KEY,
    service         TEXT        NOT NULL,
    department_code TEXT        NOT NULL,
    fiscal_year     INTEGER,
    subject         TEXT        NOT NULL,
    role            TEXT        NOT NULL,
    channel         TEXT        NOT NULL,
    operation       TEXT        NOT NULL,
    entity_type     TEXT        NOT NULL,
    entity_id       TEXT        NOT NULL,
    action          TEXT        NOT NULL,
    before_state    TEXT,
    after_state     TEXT,
    truncated       BOOLEAN     NOT NULL,
    correlation_id  TEXT,
    recorded_at     TIMESTAMPTZ NOT NULL
);

-- A department's log of a year (its year's entries and its department-level ones), newest first.
CREATE INDEX audit_entry_by_department ON audit_entry (department_code, fiscal_year, recorded_at DESC, seq DESC);
-- The entries of one entity (an item's inputs).
CREATE INDEX audit_entry_by_entity ON audit_entry (department_code, entity_type, entity_id);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
