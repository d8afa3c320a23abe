package cn.perfeval.scoring.monitoring;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the bureau's warnings, and how many match in all. */
@Schema(name = "MonitoringWarningPage")
public record WarningPage(
        @Schema(required = true) List<Warning> warnings,
        @Schema(example = "0", required = true) int page,
        @Schema(example = "50", required = true) int size,
        @Schema(example = "7", required = true) long total) {
}
