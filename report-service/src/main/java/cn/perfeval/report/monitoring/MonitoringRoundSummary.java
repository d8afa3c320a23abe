package cn.perfeval.report.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round report-service holds, as the listing shows it, with the address of its monitoring report. */
@Schema(name = "MonitoringRoundSummary")
public record MonitoringRoundSummary(
        @Schema(required = true, example = "2023-07-31") LocalDate asOf,
        @Schema(required = true, example = "4", description = "The round's version (the newest received)") int version,
        @Schema(required = true, example = "OPEN", enumeration = { "OPEN", "CLOSED" }, maxLength = 6) String state,
        @Schema(example = "2023-08-02T09:15:00Z") OffsetDateTime computedAt,
        @Schema(required = true, description = "How many lights of each colour: GREEN, YELLOW, RED, NONE",
                example = "{\"GREEN\": 12, \"YELLOW\": 3, \"RED\": 2, \"NONE\": 1}") Map<String, Integer> lightCounts,
        @Schema(required = true, maxLength = 200,
                example = "/api/v1/departments/GZHPF/years/2023/monitoring/2023-07-31/report",
                description = "The monitoring report: HTML, JSON (the round), Markdown, DOCX or PDF by Accept")
        String report) {

    static MonitoringRoundSummary of(MonitoringRound round) {
        return new MonitoringRoundSummary(round.asOf(), round.version(), round.state(), round.computedAt(),
                round.lightCounts(), MonitoringResource.reportPath(round.departmentCode(), round.fiscalYear(),
                        round.asOf()));
    }
}
