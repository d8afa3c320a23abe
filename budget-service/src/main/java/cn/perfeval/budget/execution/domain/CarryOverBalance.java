package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;

/** 结转和结余 of one fund source per the final accounts (决算): at the start and at the end of the year, 万元. */
public record CarryOverBalance(FundSource source, BigDecimal opening, BigDecimal closing) {

    public CarryOverBalance {
        if (source == null) {
            throw new InvalidBudgetDataException("carryOverBalances[].source", BudgetDataMessages.REQUIRED.with());
        }
        String line = "carryOverBalances[" + source + "]";
        Amounts.nonNegative(opening, line + ".opening");
        Amounts.nonNegative(closing, line + ".closing");
    }
}
