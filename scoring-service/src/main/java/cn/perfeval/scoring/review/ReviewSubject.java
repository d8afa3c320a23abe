package cn.perfeval.scoring.review;

/** What a review decision is about: a judgement item's self-assessed points or a qualitative indicator's grade. */
public enum ReviewSubject {
    JUDGEMENT,
    INDICATOR
}
