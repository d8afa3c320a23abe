package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;

/** One line of the initial budget (年初预算) by fund source, 万元. */
public record Appropriation(String lineId, FundSource source, BigDecimal amount) {

    public Appropriation {
        Amounts.text(lineId, "appropriations[].lineId");
        String line = "appropriations[" + lineId + "]";
        if (source == null) {
            throw new InvalidBudgetDataException(line + ".source", "is required");
        }
        Amounts.nonNegative(amount, line + ".amount");
    }
}
