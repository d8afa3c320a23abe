package cn.perfeval.report.publication;

import cn.perfeval.platform.problem.MessageTemplate;

/** Why a report could not be shown, in English and Chinese (the answer picks by Accept-Language). */
final class PublicationMessages {

    static final MessageTemplate NO_SCORECARD = new MessageTemplate("publication.no-scorecard",
            "No scorecard for %s/%s yet", "%s/%s 尚无评分结果");

    static final MessageTemplate NOT_PUBLISHED = new MessageTemplate("publication.not-published",
            "No public report for %s/%s yet: it is published when the finance bureau approves the evaluation",
            "%s/%s 尚无公开报告：财政局审核通过评价后发布");

    static final MessageTemplate NO_VERSION = new MessageTemplate("publication.no-version",
            "No published version %s of %s/%s", "%2$s/%3$s 没有已发布的第 %1$s 版");

    private PublicationMessages() {
    }
}
