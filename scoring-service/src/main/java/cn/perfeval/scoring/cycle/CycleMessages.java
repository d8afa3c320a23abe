package cn.perfeval.scoring.cycle;

import cn.perfeval.platform.problem.MessageTemplate;

/** Why a step of the review cycle was refused, in English and Chinese (the answer picks by Accept-Language). */
final class CycleMessages {

    static final MessageTemplate ROLE_REQUIRED = new MessageTemplate("cycle.role-required",
            "Only a %s may %s", "只有 %s 可以执行 %s");

    static final MessageTemplate REASON_REQUIRED = new MessageTemplate("cycle.reason-required",
            "%s needs a reason the department can read", "%s 需要填写部门可阅读的理由");

    static final MessageTemplate NOT_ALLOWED = new MessageTemplate("cycle.not-allowed",
            "The evaluation is %s (%s): %s is not allowed now; allowed: %s",
            "评价当前为 %s（%s）：现在不能执行 %s；可执行：%s");

    static final MessageTemplate NONE = new MessageTemplate("cycle.none",
            "none", "无");

    static final MessageTemplate NO_EVALUATION = new MessageTemplate("cycle.no-evaluation",
            "No evaluation of %s for %s: no facts were reported", "%s 在 %s 年度没有评价：尚未报送任何数据");

    static final MessageTemplate STILL_SCORING = new MessageTemplate("cycle.still-scoring",
            "Cannot %s now: %s; try again in a moment", "现在不能执行 %s：%s；请稍后再试");

    static final MessageTemplate FACTS_BEING_SCORED = new MessageTemplate("cycle.facts-being-scored",
            "facts are still being scored", "数据仍在评分中");

    static final MessageTemplate NOT_SCORED_YET = new MessageTemplate("cycle.not-scored-yet",
            "the evaluation has not been scored yet", "评价尚未评分");

    static final MessageTemplate BLOCKING_FINDINGS = new MessageTemplate("cycle.blocking-findings",
            "%d validation finding(s) stop the submission: correct the blocking ones and explain the warnings",
            "有 %d 条校验结果阻止提交：请更正阻断项并对警告作出说明");

    private CycleMessages() {
    }
}
