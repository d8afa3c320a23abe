package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The budget figures of one (department, fiscal year), derived from {@link BudgetExecutionFacts}.
 * An empty Optional means the input was not reported, which is not the same as zero.
 * {@code exactPublicFundsExpenditure} is the sum of the BASIC_PUBLIC_FUNDS lines unrounded: the scheme decides
 * 公用经费控制 on actual ≤ budgeted exactly, which the 2-decimal figure of {@link BudgetTotals} cannot decide.
 */
public record BudgetExecutionSummary(
        String departmentCode,
        int fiscalYear,
        BudgetTotals totals,
        BigDecimal exactPublicFundsExpenditure,
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
