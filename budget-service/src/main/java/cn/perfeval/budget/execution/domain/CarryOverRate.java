package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;

/**
 * 结转结余率 = closing carry-over ÷ (opening carry-over + general-budget appropriation + government-fund
 * appropriation) × 100 (%). The appropriations are the year's final ones (initial + adjustments).
 */
public record CarryOverRate(BigDecimal openingBalance, BigDecimal closingBalance,
                            BigDecimal generalBudgetAppropriation, BigDecimal governmentFundAppropriation,
                            BigDecimal rate) {
}
