package cn.perfeval.indicator.tree;

import cn.perfeval.platform.problem.MessageTemplate;

/** Why a change to an indicator was refused, in English and Chinese (the answer picks by Accept-Language). */
final class IndicatorMessages {

    static final MessageTemplate SHARE_NEEDED = new MessageTemplate("indicator.share-needed",
            "a qualitative indicator needs the share inside its grade's band", "定性指标需要填写其等级区间内的得分比例");

    static final MessageTemplate GRADE_ONLY_QUALITATIVE = new MessageTemplate("indicator.grade-only-qualitative",
            "only a qualitative indicator takes a grade", "只有定性指标才评定等级");

    static final MessageTemplate OUTSIDE_YEAR = new MessageTemplate("indicator.outside-year",
            "must fall in the fiscal year %d", "须在 %d 财政年度内");

    static final MessageTemplate UNKNOWN_LEVEL1 = new MessageTemplate("indicator.unknown-level1",
            "unknown level-1 indicator '%s'; expected 产出指标, 效益指标, 满意度指标 or 成本指标",
            "未知的一级指标 '%s'；应为 产出指标、效益指标、满意度指标 或 成本指标");

    static final MessageTemplate GRADE_NEEDED = new MessageTemplate("indicator.grade-needed",
            "a qualitative indicator needs a grade: 达成, 部分达成 or 未达成", "定性指标需要评定等级：达成、部分达成 或 未达成");

    static final MessageTemplate UNKNOWN_GRADE = new MessageTemplate("indicator.unknown-grade",
            "unknown grade '%s'", "未知等级 '%s'");

    static final MessageTemplate NO_SUCH_INDICATOR = new MessageTemplate("indicator.no-such-indicator",
            "no indicator %s in %s/%s", "%2$s/%3$s 中没有指标 %1$s");

    static final MessageTemplate GRADED_NOT_VALUED = new MessageTemplate("indicator.graded-not-valued",
            "a qualitative indicator is rated by a grade, not a value", "定性指标按等级评定，不填写数值");

    static final MessageTemplate ACTUALS_UNREADABLE = new MessageTemplate("indicator.actuals-unreadable",
            "%d of %d actuals cannot be read", "%2$d 个完成值中有 %1$d 个无法读取");

    private IndicatorMessages() {
    }
}
