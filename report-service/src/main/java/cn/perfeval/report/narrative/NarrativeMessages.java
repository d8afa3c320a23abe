package cn.perfeval.report.narrative;

import cn.perfeval.platform.problem.MessageTemplate;

/** Why a narrative section was refused, in English and Chinese (the answer picks by Accept-Language). */
final class NarrativeMessages {

    static final MessageTemplate NEVER_WRITTEN = new MessageTemplate("narrative.never-written",
            "Section %s was never written", "章节 %s 从未填写");

    static final MessageTemplate UNKNOWN_SECTION = new MessageTemplate("narrative.unknown-section",
            "There is no narrative section %s; sections are %s and problem.<kind>, measure.<kind>, item.<item code>",
            "没有说明章节 %s；章节为 %s 以及 problem.<类别>、measure.<类别>、item.<评分项编码>");

    static final MessageTemplate INVALID_TEXT = new MessageTemplate("narrative.invalid-text",
            "The narrative text is invalid", "说明文字不符合要求");

    static final MessageTemplate BLANK = new MessageTemplate("narrative.blank",
            "must not be blank (DELETE the section to withdraw it)", "不能为空（撤回章节请用 DELETE）");

    static final MessageTemplate TOO_LONG = new MessageTemplate("narrative.too-long",
            "must be at most %d characters, was %d", "最多 %d 个字符，实为 %d 个");

    static final MessageTemplate CONTROL_CHARACTERS = new MessageTemplate("narrative.control-characters",
            "must not contain control characters", "不能包含控制字符");

    static final MessageTemplate NONCHARACTERS = new MessageTemplate("narrative.noncharacters",
            "must not contain noncharacters such as U+FFFE or unpaired surrogates",
            "不能包含 U+FFFE 等非字符或不成对的代理项");

    private NarrativeMessages() {
    }
}
