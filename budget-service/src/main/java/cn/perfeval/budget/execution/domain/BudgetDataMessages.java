package cn.perfeval.budget.execution.domain;

import cn.perfeval.platform.problem.MessageTemplate;

/** Why budget execution data was refused, in English and Chinese (the answer picks by Accept-Language). */
public final class BudgetDataMessages {

    public static final MessageTemplate REQUIRED = new MessageTemplate("budget.data.required",
            "is required", "必须填写");

    public static final MessageTemplate REQUIRED_FOR_PROJECT = new MessageTemplate("budget.data.required-for-project",
            "is required for a PROJECT expenditure", "项目支出（PROJECT）必须填写");

    public static final MessageTemplate BASIC_HAS_NO_PROJECT = new MessageTemplate("budget.data.basic-has-no-project",
            "a %s expenditure belongs to no project, got %s", "%s 支出不属于任何项目，却填写了 %s");

    public static final MessageTemplate NEGATIVE = new MessageTemplate("budget.data.negative",
            "must not be negative, got %s", "不能为负数，实为 %s");

    public static final MessageTemplate NOT_POSITIVE = new MessageTemplate("budget.data.not-positive",
            "must be greater than zero, got %s", "必须大于零，实为 %s");

    public static final MessageTemplate MONTH_RANGE = new MessageTemplate("budget.data.month-range",
            "must be 1 to 12", "须为 1 至 12");

    public static final MessageTemplate GIVEN_TWICE = new MessageTemplate("budget.data.given-twice",
            "given twice", "重复填写");

    public static final MessageTemplate LINE_ID_TWICE = new MessageTemplate("budget.data.line-id-twice",
            "line id given twice", "行编号重复");

    public static final MessageTemplate EMPTY_LINE = new MessageTemplate("budget.data.empty-line",
            "contains an empty line", "含有空行");

    public static final MessageTemplate OUTSIDE_YEAR = new MessageTemplate("budget.data.outside-year",
            "%s is outside fiscal year %d", "%s 不在 %d 财政年度内");

    public static final MessageTemplate BEFORE_YEAR = new MessageTemplate("budget.data.before-year",
            "%s is before fiscal year %d", "%s 早于 %d 财政年度");

    public static final MessageTemplate IN_USE_EXCEEDS_TOTAL = new MessageTemplate("budget.data.in-use-exceeds-total",
            "%s exceeds the total %s", "%s 超过总数 %s");

    public static final MessageTemplate UNKNOWN_PROJECT = new MessageTemplate("budget.data.unknown-project",
            "unknown budget project %s", "未知的预算项目 %s");

    private BudgetDataMessages() {
    }
}
