package cn.perfeval.scoring.engine.facts;

import java.math.BigDecimal;

/** A reviewer's verdict on a judgement item: points awarded, the reasoning and the evidence (document, URL, date). */
public record JudgementFact(BigDecimal points, String text, String evidence, String reviewer, long version) {

    public JudgementFact {
        if (points == null) {
            throw new InvalidFactException("judgements.points",
                    "a judgement needs points; leave the item out while it has not been judged");
        }
    }
}
