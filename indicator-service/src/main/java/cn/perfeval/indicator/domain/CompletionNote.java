package cn.perfeval.indicator.domain;

/** Something the scorecard must explain about how a completion was computed. */
public enum CompletionNote {
    /** The actual was negative and counted as 0 (national rule). */
    NEGATIVE_ACTUAL_COUNTED_AS_ZERO,
    /** The target is 0, so there is no ratio: the rate shows 100% when met and 0% when not. */
    ZERO_TARGET_NO_RATIO
}
