package cn.perfeval.scoring.engine.facts;

/** What the bureau reviewer decided about a value the department assessed itself (自评). */
public enum ReviewDecision {
    /** The self-assessed value stands. */
    CONFIRMED,
    /** The reviewer's own value replaces it, for a reason they give. */
    ADJUSTED
}
