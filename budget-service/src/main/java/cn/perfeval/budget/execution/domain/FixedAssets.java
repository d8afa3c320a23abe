package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;

/** Book value of all fixed assets and of those actually in use at the annual inventory, 万元. */
public record FixedAssets(BigDecimal total, BigDecimal inUse) {

    public FixedAssets {
        // The utilisation rate divides by the total, and a department reporting assets has some.
        Amounts.positive(total, "fixedAssets.total");
        Amounts.nonNegative(inUse, "fixedAssets.inUse");
        if (inUse.compareTo(total) > 0) {
            throw new InvalidBudgetDataException("fixedAssets.inUse",
                    BudgetDataMessages.IN_USE_EXCEEDS_TOTAL.with(inUse.toPlainString(), total.toPlainString()));
        }
    }
}
