package cn.perfeval.indicator.domain;

public enum CompletionStatus {
    MET,
    NOT_MET,
    /** No actual was entered: the scorecard lists it as a missing input; it is not a zero. */
    MISSING
}
