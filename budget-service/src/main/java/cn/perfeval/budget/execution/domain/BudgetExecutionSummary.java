package cn.perfeval.budget.execution.domain;

import java.util.List;
import java.util.Optional;

/**
 * The budget figures of one (department, fiscal year), derived from {@link BudgetExecutionFacts}.
 * An empty Optional means the input was not reported, which is not the same as zero.
 */
public record BudgetExecutionSummary(
        String departmentCode,
        int fiscalYear,
        BudgetTotals totals,
        Optional<PublicFundsControl> publicFundsControl,
        Optional<CarryOverRate> carryOverRate,
        Optional<ThreePublicExpenses> threePublicExpenses,
        ExAnteEvaluationCheck exAnteEvaluation,
        Optional<AverageExecutionRate> averageExecutionRate,
        Optional<AssetSummary> assets,
        List<ReconciliationWarning> reconciliationWarnings) {

    public BudgetExecutionSummary {
        reconciliationWarnings = List.copyOf(reconciliationWarnings);
    }
}
