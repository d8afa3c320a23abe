package cn.perfeval.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The data of a {@value AuditTrail#ENTRY_RECORDED} event, as fixed by {@code /schemas/audit-entry-v1.json}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditEntry(
        UUID entryId,
        String service,
        String departmentCode,
        Integer fiscalYear,
        String subject,
        String role,
        AuditChannel channel,
        String operation,
        String entityType,
        String entityId,
        AuditAction action,
        JsonNode before,
        JsonNode after,
        boolean truncated,
        String correlationId,
        OffsetDateTime at) {
}
