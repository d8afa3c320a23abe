package cn.perfeval.scoring.audit;

import cn.perfeval.platform.audit.AuditChannel;
import java.time.OffsetDateTime;

/**
 * Which entries of a department's log to show; {@code null} fields do not filter. Texts match exactly; {@code from}
 * is inclusive and {@code to} exclusive.
 */
public record AuditFilter(
        String subject,
        String role,
        AuditChannel channel,
        String service,
        String entityType,
        String entityId,
        String operation,
        OffsetDateTime from,
        OffsetDateTime to,
        String correlationId) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null, null, null, null);
}
