package cn.perfeval.budget.execution.domain;

/** 新增 (newly entered in the project library this year) or 延续 project. */
public enum ProjectNovelty {
    NEW,
    CONTINUING
}
