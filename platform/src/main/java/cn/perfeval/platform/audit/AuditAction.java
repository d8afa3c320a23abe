package cn.perfeval.platform.audit;

/** What the write did to its entity (audit-entry-v1 {@code action}). */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE
}
