package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.InvalidFactException;
import cn.perfeval.scoring.engine.facts.JudgementFact;
import cn.perfeval.scoring.engine.facts.SourceRef;
import cn.perfeval.scoring.engine.scorecard.InputRead;
import cn.perfeval.scoring.engine.scorecard.MissingInput;

import java.math.BigDecimal;
import java.util.List;

/** A reviewer's verdict with evidence: the points they award, within [0, max]. */
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
                    List.of(new MissingInput(item.code(), key, "评审人尚未给出判定及证据")));
        }
        if (judgement.points().signum() < 0 || judgement.points().compareTo(item.max()) > 0) {
            throw new InvalidFactException("judgements[" + item.code() + "].points",
                    judgement.points().toPlainString() + " is outside [0, " + item.max().toPlainString() + "]");
        }
        InputRead input = new InputRead(key, judgement.points().toPlainString(),
                List.of(new SourceRef(ENTITY_TYPE, item.code(), judgement.version())));
        // The reviewer's reasoning as the report quotes it; who judged, and when, is the judgement's history.
        String explanation = judgement.text() == null ? "评审判定 " + Decimals.points(judgement.points()).toPlainString() + " 分"
                : sentence(judgement.text()) + (judgement.evidence() == null ? "" : "（证据：" + judgement.evidence() + "）") + "。";
        List<DeductionCause> causes = judgement.points().compareTo(item.max()) < 0
                ? List.of(new DeductionCause(item.code(), BigDecimal.ONE,
                        judgement.text() == null ? "评审扣分" : judgement.text()))
                : List.of();
        return RuleResult.of(judgement.points(), List.of(input), causes, explanation);
    }

    /** The reviewer's text without its closing full stop, so the evidence can follow inside the sentence. */
    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith("。") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
