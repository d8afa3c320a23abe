package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;

/** The execution rate (%) the finance bureau's monthly progress notification gives for one month. */
public record MonthlyExecutionRate(Integer month, BigDecimal ratePercent) {

    public MonthlyExecutionRate {
        if (month == null) {
            throw new InvalidBudgetDataException("monthlyExecution[].month", BudgetDataMessages.REQUIRED.with());
        }
        if (month < 1 || month > 12) {
            throw new InvalidBudgetDataException("monthlyExecution[" + month + "].month", BudgetDataMessages.MONTH_RANGE.with());
        }
        Amounts.nonNegative(ratePercent, "monthlyExecution[" + month + "].ratePercent");
    }
}
