package cn.perfeval.scoring.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The budget side of a round: the department's pace exact to the day, per month end, per project (docs/monitoring.md). */
final class BudgetPaceComputation {

    private BudgetPaceComputation() {
    }

    static BudgetPace compute(RoundInputs inputs, List<MissingInput> missing) {
        PaceFacts pace = inputs.pace();
        if (pace == null) {
            missing.add(budgetMissing(inputs.asOf()));
            missing.add(spendingMissing(inputs.asOf()));
            return new BudgetPace(department(inputs, null, null), List.of(), List.of(), List.of());
        }
        BigDecimal budget = positiveOrNull(pace.budgetAt(inputs.asOf()));
        BigDecimal executed = pace.executedAt(inputs.asOf());
        if (budget == null) {
            missing.add(budgetMissing(inputs.asOf()));
        }
        if (executed == null) {
            missing.add(spendingMissing(inputs.asOf()));
        }
        return new BudgetPace(department(inputs, budget, executed), months(inputs, pace), projects(inputs, pace),
                pace.notifiedRates().stream().filter(rate -> rate.month() <= inputs.asOf().getMonthValue()).toList());
    }

    private static BudgetPace.Department department(RoundInputs inputs, BigDecimal budget, BigDecimal executed) {
        BigDecimal rate = budget == null || executed == null ? null : Percents.ratio(executed, budget);
        BigDecimal expected = inputs.thresholds().budgetPace().expectedPercentAt(inputs.asOf());
        BigDecimal behind = Percents.behind(expected, rate);
        Assessment assessment = inputs.assessmentOf(Subjects.BUDGET);
        return new BudgetPace.Department(budget, executed, rate, expected, behind,
                inputs.thresholds().budgetPace().light(behind), assessment.deviation(), assessment.measures());
    }

    /** Every month whose last day is on or before the round's date. */
    private static List<BudgetPace.Month> months(RoundInputs inputs, PaceFacts pace) {
        List<BudgetPace.Month> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate end = monthEnd(inputs.asOf().getYear(), month);
            if (end.isAfter(inputs.asOf())) {
                break;
            }
            BigDecimal budget = positiveOrNull(pace.budgetAt(end));
            BigDecimal executed = orZero(pace.executedAt(end));
            months.add(new BudgetPace.Month(month, executed, budget,
                    budget == null ? null : Percents.ratio(executed, budget),
                    inputs.thresholds().budgetPace().expectedPercentAt(end)));
        }
        return months;
    }

    /**
     * Projects count their spending through the last full month at the round's date (the round's own month when
     * the date is its last day), like the bureau's monthly notifications.
     */
    private static List<BudgetPace.Project> projects(RoundInputs inputs, PaceFacts pace) {
        LocalDate asOf = inputs.asOf();
        int throughMonth = asOf.getDayOfMonth() == asOf.lengthOfMonth() ? asOf.getMonthValue() : asOf.getMonthValue() - 1;
        BigDecimal expected = throughMonth == 0 ? BigDecimal.ZERO.setScale(Percents.SCALE)
                : inputs.thresholds().budgetPace().expectedPercentAt(monthEnd(asOf.getYear(), throughMonth));
        return pace.projects().stream().map(project -> project(inputs, project, throughMonth, expected)).toList();
    }

    private static BudgetPace.Project project(RoundInputs inputs, PaceFacts.ProjectSpending project, int throughMonth,
            BigDecimal expected) {
        BigDecimal executed = project.monthlySpending().subList(0, throughMonth).stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rate = project.budget().signum() > 0 ? Percents.ratio(executed, project.budget()) : null;
        BigDecimal behind = Percents.behind(expected, rate);
        Light light = inputs.thresholds().budgetPace().light(behind);
        Assessment assessment = inputs.assessmentOf(Subjects.project(project.code()));
        return new BudgetPace.Project(project.code(), project.name(), project.budget(), executed, throughMonth, rate,
                expected, behind, light, light == Light.RED, assessment.deviation(), assessment.measures());
    }

    private static LocalDate monthEnd(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(first.lengthOfMonth());
    }

    /** A budget of zero or less cannot be executed against: it counts as no budget. */
    private static BigDecimal positiveOrNull(BigDecimal budget) {
        return budget == null || budget.signum() <= 0 ? null : budget;
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static MissingInput budgetMissing(LocalDate asOf) {
        return new MissingInput("budget", "budget", null, "截至" + asOf + "没有已下达的预算");
    }

    private static MissingInput spendingMissing(LocalDate asOf) {
        return new MissingInput("spending", "budget", null, "截至" + asOf + "没有支出记录");
    }
}
