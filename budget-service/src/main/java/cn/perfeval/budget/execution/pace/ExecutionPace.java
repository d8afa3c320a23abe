package cn.perfeval.budget.execution.pace;

import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * When an evaluation's budget came into force and when and on what it was spent, through the year: what
 * scoring-service's monitoring rounds judge the execution pace from (docs/monitoring.md, "Execution pace"). It
 * holds no judgement. Its size does not grow with the ledger: at most 366 days and 12 months per project. The
 * constraint annotations only state the shape for the OpenAPI document; nothing validates the computed pace.
 *
 * @param budgetChanges    appropriations (no date: in force from 1 January), then adjustments by date
 * @param dailySpending    the ledger summed per day, oldest first; days without spending are left out
 * @param projects         every budget project by code, with its spending per calendar month (not cumulative)
 * @param notifiedRates    the bureau's monthly notified execution rates, by month
 * @param lastSpendingDate the last day with spending, null when nothing was spent
 */
public record ExecutionPace(
        List<BudgetChange> budgetChanges,
        List<DaySpending> dailySpending,
        List<ProjectSpending> projects,
        List<NotifiedRate> notifiedRates,
        LocalDate lastSpendingDate) {

    public ExecutionPace {
        budgetChanges = List.copyOf(budgetChanges);
        dailySpending = List.copyOf(dailySpending);
        projects = List.copyOf(projects);
        notifiedRates = List.copyOf(notifiedRates);
    }

    /** Where a change of the budget in force comes from. */
    public enum BudgetChangeSource { APPROPRIATION, ADJUSTMENT }

    /** One budget line: the budget in force on a date is the sum of the changes dated on or before it, 万元. */
    public record BudgetChange(LocalDate date, @NotNull BigDecimal amount, @NotNull BudgetChangeSource source) {
    }

    /** What was spent on one day, all categories and projects, 万元. */
    public record DaySpending(@NotNull LocalDate date, @NotNull BigDecimal amount) {
    }

    /** A budget project, its budget and its spending in each month January … December, 万元. */
    public record ProjectSpending(@NotNull @Size(max = TextLimits.CODE) String code,
                                  @NotNull @Size(max = TextLimits.NAME) String name, @NotNull BigDecimal budget,
                                  @NotNull @Size(min = 12, max = 12) List<BigDecimal> monthlySpending) {

        public ProjectSpending {
            monthlySpending = List.copyOf(monthlySpending);
        }
    }

    /** The execution rate (%) the bureau's notification gives for one month. */
    public record NotifiedRate(@Min(1) @Max(12) int month, @NotNull BigDecimal ratePercent) {
    }
}
