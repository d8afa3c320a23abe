package cn.perfeval.scoring.monitoring.domain;

import java.math.BigDecimal;
import java.util.List;

/** A round's budget execution pace: the department's, month by month, per project, and the bureau's notified rates. */
public record BudgetPace(Department department, List<Month> months, List<Project> projects,
        List<PaceFacts.NotifiedRate> notifiedRates) {

    /** The department's cumulative execution at the round's date; figures are null when an input is missing. */
    public record Department(BigDecimal budget, BigDecimal executed, BigDecimal ratePercent, BigDecimal expectedPercent,
            BigDecimal behindPoints, Light light, Deviation deviation, List<Measure> measures) {
    }

    /** The cumulative execution at one month's end up to the round's date. */
    public record Month(int month, BigDecimal executed, BigDecimal budget, BigDecimal ratePercent,
            BigDecimal expectedPercent) {
    }

    /** One budget project's execution through its last full month; lagging when its light is red. */
    public record Project(String code, String name, BigDecimal budget, BigDecimal executed, int throughMonth,
            BigDecimal ratePercent, BigDecimal expectedPercent, BigDecimal behindPoints, Light light, boolean lagging,
            Deviation deviation, List<Measure> measures) {
    }
}
