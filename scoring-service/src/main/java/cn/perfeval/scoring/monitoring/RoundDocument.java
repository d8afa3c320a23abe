package cn.perfeval.scoring.monitoring;

import cn.perfeval.scoring.monitoring.domain.BudgetPace;
import cn.perfeval.scoring.monitoring.domain.IndicatorLight;
import cn.perfeval.scoring.monitoring.domain.Light;
import cn.perfeval.scoring.monitoring.domain.MissingInput;
import cn.perfeval.scoring.monitoring.domain.RoundContent;
import cn.perfeval.scoring.monitoring.domain.Thresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One version of a monitoring round, exactly as {@code GET …/monitoring/rounds/{asOf}} answers it and the
 * {@code monitoring-round.changed} event carries it (/schemas/monitoring-round-v1.json, docs/samples/monitoring-round.json).
 */
@Schema(name = "MonitoringRound", description = "See docs/samples/monitoring-round.json for a whole round")
public record RoundDocument(
        @Schema(example = "GZHPF", required = true) String departmentCode,
        @Schema(example = "2023", required = true) int fiscalYear,
        @Schema(example = "2023-07-31", required = true) LocalDate asOf,
        @Schema(example = "OPEN", required = true) RoundState state,
        @Schema(example = "4", required = true) int version,
        @Schema(example = "2023-08-02T09:15:00Z", required = true) OffsetDateTime computedAt,
        @Schema(example = "guangzhou-2023", required = true) String schemeId,
        @Schema(required = true) Thresholds thresholds,
        @Schema(example = "58.33", required = true) BigDecimal timeProgressPercent,
        @Schema(required = true) BudgetPace budgetPace,
        @Schema(required = true) List<IndicatorLight> indicators,
        @Schema(required = true) List<MissingInput> missingInputs,
        @Schema(example = "{\"GREEN\": 12, \"YELLOW\": 3, \"RED\": 2, \"NONE\": 1}", required = true)
        Map<Light, Integer> lightCounts) {

    static RoundDocument of(RoundKey key, String schemeId, RoundState state, int version, OffsetDateTime computedAt,
            RoundContent content) {
        return new RoundDocument(key.departmentCode(), key.fiscalYear(), key.asOf(), state, version, computedAt, schemeId,
                content.thresholds(), content.timeProgressPercent(), content.budgetPace(), content.indicators(),
                content.missingInputs(), content.lightCounts());
    }

    /** What a new version is compared on: everything but the version and the time it was computed. */
    RoundContent content() {
        return new RoundContent(thresholds, timeProgressPercent, budgetPace, indicators, missingInputs, lightCounts);
    }
}
