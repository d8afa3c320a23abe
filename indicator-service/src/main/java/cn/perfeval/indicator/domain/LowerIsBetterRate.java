package cn.perfeval.indicator.domain;

/** Which completion rate a scheme shows for a lower-is-better (≤, &lt;) indicator. */
public enum LowerIsBetterRate {
    /** Target ÷ actual × 100, and 100% when met: the default, so beating a ceiling is not shown as "under 100%". */
    TARGET_OVER_ACTUAL,
    /** Actual ÷ target × 100 as for any other indicator: a scheme that wants the raw ratio on the report. */
    ACTUAL_OVER_TARGET
}
