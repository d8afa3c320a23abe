package cn.perfeval.report.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The report service's reading of a scorecard document from {@code score-events}: only the fields the report
 * shows. A tolerant reader (unknown fields ignored, {@code department}, {@code evaluation} and {@code budget} may be
 * absent), so the scoring service can add to its documents freely. {@code carriedRectification} is absent from
 * documents published before it existed; read through {@link #carriedTasks()}, which makes that an empty list.
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
        List<Indicator> indicators,
        Department department,
        Evaluation evaluation,
        Budget budget,
        List<CarriedTask> carriedRectification) {

    /** The previous year's rectification tasks carried into this evaluation; none when the document has no list. */
    public List<CarriedTask> carriedTasks() {
        return carriedRectification == null ? List.of() : carriedRectification;
    }

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
            String comparator, Value periodTarget, Value annualTarget, Value actual, String qualitativeGrade,
            BigDecimal qualitativeShare, Completion completion, String calculationNote) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Value(String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Completion(String status, BigDecimal ratePercent) {
    }

    /** The department as the indicator service holds it: its name and 部门职能. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Department(String code, String name, String functions) {
    }

    /** 部门整体绩效目标 and 年度重点工作任务. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evaluation(String overallGoal, List<KeyTask> keyTasks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KeyTask(Integer ordinal, String task, String goal) {
    }

    /** The budget summary the scoring service read (amounts in {@code unit}, 万元; rates in percent). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Budget(String unit, BigDecimal initialBudget, BigDecimal adjustments, BigDecimal annualBudget,
            BigDecimal spent, BigDecimal executionRate, BigDecimal basicExpenditure, BigDecimal projectExpenditure,
            Integer projectCount, BigDecimal averageExecutionRate, String averageExecutionRateBasis,
            String averageExecutionRateSource, Control publicFunds, Control threePublic, BigDecimal carryOverRate,
            BigDecimal disposalIncome, BigDecimal fixedAssetUtilisationRate) {
    }

    /** Actual against budgeted (公用经费, "三公"经费); {@code controlRate} in percent where the producer gives it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Control(BigDecimal actual, BigDecimal budgeted, BigDecimal controlRate) {
    }

    /**
     * A rectification task of the previous year (docs/monitoring.md, "Rectification tasks"): what was wrong, the goal
     * and measure, who and by when; {@code state} OPEN or CLOSED.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CarriedTask(String id, Integer fiscalYear, String problem, String goal, String measure, String owner,
            LocalDate dueDate, String state, LocalDate closedOn) {

        public boolean open() {
            return "OPEN".equals(state);
        }
    }
}
