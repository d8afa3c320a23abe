package cn.perfeval.budget.execution.domain;

/** Economic category of an expenditure line: 基本支出 (personnel or public funds) or 项目支出. */
public enum ExpenditureCategory {

    /** 基本支出 — 人员经费. */
    BASIC_PERSONNEL,
    /** 基本支出 — 公用经费 (the actual side of 公用经费控制率). */
    BASIC_PUBLIC_FUNDS,
    /** 项目支出; the line names its budget project. */
    PROJECT;

    public boolean isBasic() {
        return this != PROJECT;
    }
}
