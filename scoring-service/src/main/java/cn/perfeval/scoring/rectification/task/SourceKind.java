package cn.perfeval.scoring.rectification.task;

/** What a rectification task answers: a problem of the year's report (a deduction) or a red light of a round. */
public enum SourceKind {
    /** A scorecard item with a deduction; the reference is the item's code. */
    REPORT_PROBLEM,
    /** A red light of a monitoring round; the reference is {@code <asOf>/budget|indicator/<id>|project/<code>}. */
    RED_LIGHT
}
