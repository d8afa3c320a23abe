package cn.perfeval.scoring.audit;

import cn.perfeval.platform.audit.AuditEntry;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The history of what a scorecard item read: the entities its inputs came from in the latest scorecard and the
 * audit entries about them, newest first.
 */
public record ItemAudit(
        @Schema(example = "C21") String item,
        @Schema(example = "3") int scorecardVersion,
        List<AuditLog.EntityRef> inputs,
        List<AuditEntry> entries) {
}
