package cn.perfeval.report.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The report service's reading of a scorecard document from {@code score-events}: only the fields the report
 * shows. A tolerant reader (unknown fields ignored), so the scoring service can add to its documents freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScorecardSnapshot(
        String departmentCode,
        int fiscalYear,
        int version,
        OffsetDateTime computedAt,
        String schemeId,
        String schemeVersion,
        BigDecimal total,
        String grade,
        boolean complete,
        List<Dimension> dimensions,
        List<Item> items,
        List<Indicator> indicators) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dimension(String code, String name, BigDecimal max, BigDecimal score) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String code, String name, String dimension, String category, BigDecimal max, BigDecimal score,
            String rule, String explanation, boolean complete, List<Deduction> deductions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deduction(String recordId, BigDecimal points, String reason) {
    }

    /** An indicator as scored: its wording and the completion the indicator service computed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String id, int ordinal, String level1, String level1Name, String level2, String name,
            Value annualTarget, Value actual, Completion completion, String calculationNote) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Value(String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Completion(String status, BigDecimal ratePercent) {
    }
}
