package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.InvalidFactException;
import cn.perfeval.scoring.engine.facts.JudgementFact;
import cn.perfeval.scoring.engine.facts.Review;
import cn.perfeval.scoring.engine.facts.SourceRef;
import cn.perfeval.scoring.engine.scorecard.InputRead;
import cn.perfeval.scoring.engine.scorecard.MissingInput;
import cn.perfeval.scoring.engine.scorecard.SelfAssessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A verdict with evidence: the points the department assesses itself, within [0, max], or the bureau reviewer's
 * points where a review decision adjusted them (see {@link JudgementFact#countedPoints()}).
 */
final class JudgementRule implements ItemRule {

    static final String ENTITY_TYPE = "judgement";

    static ItemRule configure(ParamReader params) {
        return params.hasProblems() ? null : new JudgementRule();
    }

    @Override
    public RuleResult apply(ItemContext item, Facts facts) {
        String key = ENTITY_TYPE + ":" + item.code();
        JudgementFact judgement = facts.judgements().get(item.code());
        if (judgement == null) {
            return RuleResult.withheld(item, List.of(),
                    List.of(new MissingInput(item.code(), key, "部门尚未自评（给出判定及证据）")));
        }
        BigDecimal counted = judgement.countedPoints();
        if (counted.signum() < 0 || counted.compareTo(item.max()) > 0) {
            throw new InvalidFactException("judgements[" + item.code() + "].points",
                    counted.toPlainString() + " is outside [0, " + item.max().toPlainString() + "]");
        }
        InputRead input = new InputRead(key, counted.toPlainString(),
                List.of(new SourceRef(ENTITY_TYPE, item.code(), judgement.version())));
        Optional<Review> review = judgement.currentReview();
        String reasonForLoss = review.filter(Review::adjusted).map(Review::reason)
                .orElse(judgement.text() == null ? "评审扣分" : judgement.text());
        List<DeductionCause> causes = counted.compareTo(item.max()) < 0
                ? List.of(new DeductionCause(item.code(), BigDecimal.ONE, reasonForLoss))
                : List.of();
        return RuleResult.of(counted, List.of(input), causes, explanation(judgement, review))
                .withReview(SelfAssessment.ofPoints(judgement.points(), judgement.version()), review.orElse(null));
    }

    /** The department's reasoning as the report quotes it, and what the review made of it; who and when is history. */
    private static String explanation(JudgementFact judgement, Optional<Review> review) {
        String own = judgement.text() == null ? "评审判定 " + Decimals.points(judgement.points()).toPlainString() + " 分"
                : sentence(judgement.text()) + (judgement.evidence() == null ? "" : "（证据：" + judgement.evidence() + "）") + "。";
        if (review.isEmpty()) {
            return own;
        }
        if (!review.get().adjusted()) {
            return own + "经复核确认。";
        }
        return "复核调整为 " + Decimals.points(review.get().points()).toPlainString() + " 分（自评 "
                + Decimals.points(judgement.points()).toPlainString() + " 分）：" + sentence(review.get().reason())
                + "。自评：" + own;
    }

    /** A text without its closing full stop, so more can follow inside the sentence. */
    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith("。") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
