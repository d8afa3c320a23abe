package cn.perfeval.platform.audit;

import java.util.Objects;

/**
 * What a write tells the {@link AuditTrail}: the entity it changed and the entity's state before and after (any
 * object Jackson can write; {@code null} before a creation and after a deletion). Who, how and when are added by the
 * trail. {@code fiscalYear} is {@code null} for an entity of the department, not of one year. {@code summarised}
 * says the write passed a summary of the entity's state itself (e.g. an ERP push of a whole ledger: its counts,
 * totals and digest), which the entry marks as truncated.
 */
public record AuditedChange(
        String departmentCode,
        Integer fiscalYear,
        String entityType,
        String entityId,
        AuditAction action,
        Object before,
        Object after,
        boolean summarised) {

    public AuditedChange {
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(action, "action");
    }

    /** CREATE when there was no state before, DELETE when there is none after, UPDATE otherwise. */
    public static AuditedChange of(String departmentCode, Integer fiscalYear, String entityType, String entityId,
            Object before, Object after) {
        AuditAction action = before == null ? AuditAction.CREATE : after == null ? AuditAction.DELETE : AuditAction.UPDATE;
        return new AuditedChange(departmentCode, fiscalYear, entityType, entityId, action, before, after, false);
    }

    /** An UPDATE whose states are summaries the write made itself (too large to record in full). */
    public static AuditedChange summarised(String departmentCode, Integer fiscalYear, String entityType,
            String entityId, Object beforeSummary, Object afterSummary) {
        return new AuditedChange(departmentCode, fiscalYear, entityType, entityId, AuditAction.UPDATE, beforeSummary,
                afterSummary, true);
    }
}
