package cn.perfeval.budget.execution.domain;

/** Where the average execution rate came from, so the scorecard can say which was used. */
public enum AverageRateBasis {
    /** The finance bureau's published annual figure. */
    BUREAU_FIGURE,
    /** Computed here as the mean of the twelve monthly rates of the bureau's progress notifications. */
    MEAN_OF_MONTHLY_RATES
}
