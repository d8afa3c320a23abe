package cn.perfeval.scoring.monitoring;

import cn.perfeval.scoring.monitoring.domain.Deviation;
import cn.perfeval.scoring.monitoring.domain.Measure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A red light of a department's latest round of the year, as the bureau's warning list shows it. */
@Schema(name = "MonitoringWarning")
public record Warning(
        @Schema(example = "GZHPF", required = true) String departmentCode,
        @Schema(example = "2023", required = true) int fiscalYear,
        @Schema(example = "2023-07-31", required = true) LocalDate asOf,
        @Schema(example = "4", required = true) int roundVersion,
        @Schema(example = "PROJECT", required = true) LightKind kind,
        @Schema(example = "2023-07-31/project/P2023-01", required = true,
                description = "what a rectification task cites as its source") String reference,
        @Schema(example = "P2023-01", description = "the project code or indicator id; null for the budget") String subjectId,
        @Schema(example = "公共租赁住房建设资金", required = true) String name,
        @Schema(example = "26.26", description = "null when red by the department's judgement alone") BigDecimal behindPoints,
        @Schema(description = "the department's explanation, null until given") Deviation deviation,
        @Schema(required = true) List<Measure> measures) {

    static Warning of(RoundDocument round, RoundLight light) {
        return new Warning(round.departmentCode(), round.fiscalYear(), round.asOf(), round.version(), light.kind(),
                round.asOf() + "/" + light.subject(), light.subjectId(), light.name(), light.behindPoints(),
                light.deviation(), light.measures());
    }
}
