package cn.perfeval.budget.execution.domain;

/** Where a budget appropriation comes from (资金来源). */
public enum FundSource {

    /** 一般公共预算财政拨款. */
    GENERAL_PUBLIC_BUDGET(true),
    /** 政府性基金预算财政拨款. */
    GOVERNMENT_FUND(true),
    /** 国有资本经营预算财政拨款. */
    STATE_CAPITAL_OPERATION(false),
    /** 财政拨款以外的资金 (单位资金, 财政专户管理资金 …). */
    NON_FISCAL(false);

    private final boolean inCarryOverRate;

    FundSource(boolean inCarryOverRate) {
        this.inCarryOverRate = inCarryOverRate;
    }

    /**
     * Whether the scheme's 结转结余率 formula counts this source: its denominator names exactly the
     * general-budget and government-fund appropriations, so the carry-over balances in the numerator
     * and the opening balance are taken over the same two sources to keep the ratio consistent.
     */
    public boolean inCarryOverRate() {
        return inCarryOverRate;
    }
}
