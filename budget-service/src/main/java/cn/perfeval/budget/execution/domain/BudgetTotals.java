package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The 收支情况 figures of the report, 万元 to 2 decimals: initial budget + adjustments = annual budget;
 * spent = basic (personnel + public funds) + project; the execution rate (%) is spent ÷ annual budget,
 * missing while the annual budget is zero. {@code projectCount} counts distinct projects with spending.
 */
public record BudgetTotals(BigDecimal initialBudget, BigDecimal adjustments, BigDecimal annualBudget,
                           BigDecimal spent, Optional<BigDecimal> executionRate,
                           BigDecimal basicExpenditure, BigDecimal personnelExpenditure,
                           BigDecimal publicFundsExpenditure, BigDecimal projectExpenditure, int projectCount) {
}
