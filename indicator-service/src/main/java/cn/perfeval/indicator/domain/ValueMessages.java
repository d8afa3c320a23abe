package cn.perfeval.indicator.domain;

import cn.perfeval.platform.problem.MessageTemplate;

/** Why an indicator value was refused, in English and Chinese (the problem answer picks by Accept-Language). */
public final class ValueMessages {

    public static final MessageTemplate CANNOT_READ = new MessageTemplate("indicator.value.cannot-read",
            "cannot read '%s': %s", "无法读取 '%s'：%s");

    public static final MessageTemplate COMPARATOR_WITHOUT_NUMBER = new MessageTemplate("indicator.value.comparator-without-number",
            "a comparator without a number", "只有比较符号，没有数字");

    public static final MessageTemplate EXPECTED_NUMBER = new MessageTemplate("indicator.value.expected-number",
            "expected a number but found '%s'", "应为数字，实为 '%s'");

    public static final MessageTemplate EXPECTED_NUMBER_AFTER_COMPARATOR = new MessageTemplate("indicator.value.expected-number-after-comparator",
            "expected a number after the comparator but found '%s'", "比较符号之后应为数字，实为 '%s'");

    public static final MessageTemplate UNKNOWN_UNIT = new MessageTemplate("indicator.value.unknown-unit",
            "unknown unit '%s'", "未知单位 '%s'");

    public static final MessageTemplate NO_VALUE = new MessageTemplate("indicator.value.no-value",
            "no value given", "未填写值");

    public static final MessageTemplate TOO_LONG = new MessageTemplate("indicator.value.too-long",
            "longer than %d characters", "超过 %d 个字符");

    public static final MessageTemplate BLANK = new MessageTemplate("indicator.value.blank",
            "the value is blank", "值为空白");

    public static final MessageTemplate TWO_COMPARATORS = new MessageTemplate("indicator.value.two-comparators",
            "two comparators; write one", "有两个比较符号，只能写一个");

    public static final MessageTemplate MALFORMED_NUMBER = new MessageTemplate("indicator.value.malformed-number",
            "malformed number (thousands separators go every three digits, one decimal point)",
            "数字格式错误（千位分隔符每三位一个，最多一个小数点）");

    public static final MessageTemplate TOO_MANY_DIGITS = new MessageTemplate("indicator.value.too-many-digits",
            "more than %d digits", "超过 %d 位数字");

    public static final MessageTemplate NEGATIVE_TARGET = new MessageTemplate("indicator.value.negative-target",
            "a target cannot be negative", "指标值不能为负数");

    public static final MessageTemplate ACTUAL_WITH_COMPARATOR = new MessageTemplate("indicator.value.actual-with-comparator",
            "an actual is a measured amount; remove the comparator '%s'",
            "完成值是实际测得的数量，请去掉比较符号 '%s'");

    public static final MessageTemplate UNITS_DIFFER = new MessageTemplate("indicator.value.units-differ",
            "the actual '%s' (unit %s) cannot be compared with the target '%s' (unit %s)",
            "完成值 '%s'（单位 %s）无法与指标值 '%s'（单位 %s）比较");

    public static final MessageTemplate NUMBER_FOR_QUALITATIVE = new MessageTemplate("indicator.value.number-for-qualitative",
            "the target '%s' is qualitative: it takes a grade, not the number '%s'",
            "指标值 '%s' 是定性指标：应评定等级，而不是填写数字 '%s'");

    public static final MessageTemplate NO_NUMBER_FOR_TARGET = new MessageTemplate("indicator.value.no-number-for-target",
            "the actual '%s' has no number to compare with the target '%s'",
            "完成值 '%s' 没有可与指标值 '%s' 比较的数字");

    public static final MessageTemplate QUALITATIVE_NEEDS_GRADE = new MessageTemplate("indicator.value.qualitative-needs-grade",
            "the target '%s' is qualitative: evaluate it with a grade and a share",
            "指标值 '%s' 是定性指标：请以等级和得分比例评价");

    public static final MessageTemplate NUMERIC_NEEDS_ACTUAL = new MessageTemplate("indicator.value.numeric-needs-actual",
            "the target '%s' has a number: evaluate it from its actual value, not with a grade",
            "指标值 '%s' 有数字：请按完成值评价，而不是评定等级");

    public static final MessageTemplate SHARE_OUT_OF_BAND = new MessageTemplate("indicator.value.share-out-of-band",
            "the share %s is outside the band of %s (%s–%s)", "得分比例 %s 不在%s的区间（%s–%s）内");

    private ValueMessages() {
    }
}
