package cn.perfeval.scoring.audit;

import cn.perfeval.platform.audit.AuditEntry;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a department's audit log, newest first, and how many entries match in all. */
public record AuditPage(
        List<AuditEntry> entries,
        @Schema(example = "0") int page,
        @Schema(example = "50") int size,
        @Schema(example = "137") long total) {
}
