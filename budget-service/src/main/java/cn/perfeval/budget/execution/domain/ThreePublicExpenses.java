package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;

/** "三公"经费 (official receptions, vehicles, trips abroad): budgeted and actually spent, 万元. */
public record ThreePublicExpenses(BigDecimal budgeted, BigDecimal actual) {

    public ThreePublicExpenses {
        Amounts.nonNegative(budgeted, "threePublicExpenses.budgeted");
        Amounts.nonNegative(actual, "threePublicExpenses.actual");
    }

    /** The scheme's control condition: actual ≤ budgeted. */
    public boolean withinBudget() {
        return actual.compareTo(budgeted) <= 0;
    }
}
