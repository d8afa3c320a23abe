package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;

/** 公用经费控制率 = (actual − budgeted) ÷ budgeted × 100 (%); the scheme wants it ≤ 0. */
public record PublicFundsControl(BigDecimal budgeted, BigDecimal actual, BigDecimal controlRate) {

    public boolean withinBudget() {
        return controlRate.signum() <= 0;
    }
}
