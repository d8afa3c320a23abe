package cn.perfeval.report.monitoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The report service's reading of a monitoring round from {@code monitoring-events} (docs/monitoring.md, "The round
 * event"): only what the monitoring report shows. A tolerant reader, like the scorecard's: unknown fields are
 * ignored, so scoring-service can add to the round freely. Percentages and amounts (万元) are the producer's exact
 * decimals; a figure whose input is missing is null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "MonitoringRound", description = "The round as scoring-service published it (docs/monitoring.md); "
        + "fields this service does not read are returned as published too")
public record MonitoringRound(
        @Schema(required = true, maxLength = 32, example = "GZHPF") String departmentCode,
        @Schema(required = true, example = "2023") int fiscalYear,
        @Schema(required = true, example = "2023-07-31") LocalDate asOf,
        @Schema(required = true, enumeration = { "OPEN", "CLOSED" }, maxLength = 6) String state,
        @Schema(required = true, example = "4") int version,
        OffsetDateTime computedAt,
        BigDecimal timeProgressPercent,
        @Schema(required = true) BudgetPace budgetPace,
        @Schema(required = true) List<Indicator> indicators,
        List<MissingInput> missingInputs,
        @Schema(required = true, example = "{\"GREEN\": 12, \"YELLOW\": 3, \"RED\": 2, \"NONE\": 1}")
        Map<String, Integer> lightCounts) {

    /** Whether the round names everything the report and the store need; an event without it is unusable. */
    public boolean complete() {
        return departmentCode != null && !departmentCode.isBlank() && asOf != null && asOf.getYear() == fiscalYear
                && version >= 1 && budgetPace != null && budgetPace.department() != null && indicators != null
                && lightCounts != null;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "MonitoringBudgetPace")
    public record BudgetPace(Pace department, List<Month> months, List<Project> projects,
            List<NotifiedRate> notifiedRates) {
    }

    /** The department's own pace to the day. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "MonitoringPace")
    public record Pace(BigDecimal budget, BigDecimal executed, BigDecimal ratePercent, BigDecimal expectedPercent,
            BigDecimal behindPoints, String light, Deviation deviation, List<Measure> measures) {
    }

    /** The cumulative rate at a month end up to the as-of date. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "MonitoringMonth")
    public record Month(int month, BigDecimal executed, BigDecimal budget, BigDecimal ratePercent,
            BigDecimal expectedPercent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "MonitoringProject")
    public record Project(String code, String name, BigDecimal budget, BigDecimal executed, Integer throughMonth,
            BigDecimal ratePercent, BigDecimal expectedPercent, BigDecimal behindPoints, String light, boolean lagging,
            Deviation deviation, List<Measure> measures) {
    }

    /** The bureau's monthly notified execution rate, shown beside the computed pace. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "MonitoringNotifiedRate")
    public record NotifiedRate(int month, BigDecimal ratePercent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "MonitoringIndicator")
    public record Indicator(String indicatorId, int ordinal, String level1, String level1Name, String level2,
            String name, String comparator, String target, Text progress, BigDecimal progressPercent,
            BigDecimal expectedPercent, BigDecimal behindPoints, Text forecast, String judgement,
            String judgementLabel, String light, Deviation deviation, List<Measure> measures) {
    }

    /** A value as written ("2.10万笔"), with the date of a progress entry or the source of a forecast. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "MonitoringText")
    public record Text(String text, LocalDate asOf, String source) {
    }

    /** Why a figure lags: a reason code, its label (经费保障 …) and the department's words. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "MonitoringDeviation")
    public record Deviation(String reason, String reasonLabel, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "MonitoringMeasure")
    public record Measure(String measure, String owner, LocalDate dueDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "MonitoringMissingInput")
    public record MissingInput(String input, String recordType, String recordId, String message) {
    }
}
