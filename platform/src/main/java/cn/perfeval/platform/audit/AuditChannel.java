package cn.perfeval.platform.audit;

/** How a write reached the service (audit-entry-v1 {@code channel}). */
public enum AuditChannel {
    /** A person's (or client's) single REST write. */
    REST,
    /** A file, table or JSON import of many records. */
    IMPORT,
    /** A push by the agency's ERP (the erp-integration role). */
    ERP_PUSH,
    /** Done by the service itself, e.g. a scheduled re-judgement. */
    SYSTEM
}
