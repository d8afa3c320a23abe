package cn.perfeval.budget.messaging;

import cn.perfeval.budget.execution.pace.ExecutionPace;
import cn.perfeval.budget.execution.pace.ExecutionPace.BudgetChange;
import cn.perfeval.budget.execution.pace.ExecutionPace.DaySpending;
import cn.perfeval.budget.execution.pace.ExecutionPace.NotifiedRate;
import cn.perfeval.budget.execution.pace.ExecutionPace.ProjectSpending;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The execution pace of one evaluation as {@code cn.perfeval.budget.execution-pace.changed} carries it on
 * budget-events (schema {@code /schemas/budget-execution-pace-v1.json}, docs/monitoring.md "Execution pace").
 * Amounts are 万元, exact. Every field is always present: an appropriation's date and the last spending date are
 * null rather than absent.
 */
@Schema(name = "ExecutionPace", description = "When the budget came into force and when and on what it was spent")
public record ExecutionPaceSnapshot(
        @Schema(required = true, example = "GZHPF:2023") String id,
        @Schema(required = true, example = "GZHPF") String departmentCode,
        @Schema(required = true, example = "2023") int fiscalYear,
        @Schema(required = true, description = "+1 per change of the content; 0 before the first publication",
                example = "3") long version,
        @Schema(required = true, description = "appropriations (date null: in force from 1 January), then "
                + "adjustments by date; the budget in force on a date is the sum of the entries dated on or before it",
                example = "[{\"date\": null, \"amount\": 9012.46, \"source\": \"APPROPRIATION\"},"
                        + " {\"date\": \"2023-06-30\", \"amount\": 400.00, \"source\": \"ADJUSTMENT\"}]")
        List<BudgetChange> budgetChanges,
        @Schema(required = true, maxItems = 366, description = "the ledger summed per day, oldest first; days"
                + " without spending are left out",
                example = "[{\"date\": \"2023-01-25\", \"amount\": 686.20}, {\"date\": \"2023-02-24\", \"amount\": 1204.55}]")
        List<DaySpending> dailySpending,
        @Schema(required = true, description = "each budget project by code, with its spending in each month"
                + " January … December (not cumulative)",
                example = "[{\"code\": \"P2023-01\", \"name\": \"公共租赁住房建设资金\", \"budget\": 3742.11,"
                        + " \"monthlySpending\": [0.00, 120.50, 310.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00,"
                        + " 0.00, 0.00]}]")
        List<ProjectSpending> projects,
        @Schema(required = true, maxItems = 12, description = "the bureau's monthly notified execution rates (%), by"
                + " month",
                example = "[{\"month\": 2, \"ratePercent\": 12.30}]")
        List<NotifiedRate> notifiedRates,
        @Schema(required = true, nullable = true, description = "the last day with spending; null when nothing was"
                + " spent", example = "2023-12-28")
        LocalDate lastSpendingDate) implements Snapshot<ExecutionPaceSnapshot> {

    public static ExecutionPaceSnapshot of(String dept, int year, ExecutionPace pace) {
        return new ExecutionPaceSnapshot(dept + ":" + year, dept, year, 0, pace.budgetChanges(),
                pace.dailySpending(), pace.projects(), pace.notifiedRates(), pace.lastSpendingDate());
    }

    @Override
    public boolean hasContent() {
        return !(budgetChanges.isEmpty() && dailySpending.isEmpty() && projects.isEmpty() && notifiedRates.isEmpty());
    }

    @Override
    public ExecutionPaceSnapshot withVersion(long newVersion) {
        return new ExecutionPaceSnapshot(id, departmentCode, fiscalYear, newVersion, budgetChanges, dailySpending,
                projects, notifiedRates, lastSpendingDate);
    }
}
