package cn.perfeval.budget.execution.domain;

/** 经常性 or 一次性 second-level budget project; decides the ex-ante evaluation threshold. */
public enum ProjectRecurrence {
    RECURRING,
    ONE_OFF
}
