package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.Review;
import cn.perfeval.scoring.engine.scorecard.IndicatorResult;
import cn.perfeval.scoring.engine.scorecard.InputRead;
import cn.perfeval.scoring.engine.scorecard.MissingInput;
import cn.perfeval.scoring.engine.scorecard.SelfAssessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a rule computed for one item, before rounding.
 *
 * @param points   exact points earned, 0..max
 * @param withheld     exact points not awarded only because an input is missing (0 when complete)
 * @param selfAssessed a judgement item's self-assessed points, {@code null} for other rules
 * @param reviewed     the review decision in force on them, {@code null} while there is none
 */
public record RuleResult(BigDecimal points, BigDecimal withheld, List<InputRead> inputs, List<DeductionCause> causes,
                         String explanation, List<MissingInput> missing, List<IndicatorResult> indicators,
                         SelfAssessment selfAssessed, Review reviewed) {

    public RuleResult {
        inputs = List.copyOf(inputs);
        causes = List.copyOf(causes);
        missing = List.copyOf(missing);
        indicators = List.copyOf(indicators);
    }

    /** A result that reviewed nothing self-assessed. */
    public RuleResult(BigDecimal points, BigDecimal withheld, List<InputRead> inputs, List<DeductionCause> causes,
                      String explanation, List<MissingInput> missing, List<IndicatorResult> indicators) {
        this(points, withheld, inputs, causes, explanation, missing, indicators, null, null);
    }

    /** This result, showing the self-assessed value it scored and the review decision in force on it. */
    public RuleResult withReview(SelfAssessment selfAssessed, Review reviewed) {
        return new RuleResult(points, withheld, inputs, causes, explanation, missing, indicators, selfAssessed, reviewed);
    }

    /** Nothing can be scored yet: every point is withheld until the inputs arrive. */
    public static RuleResult withheld(ItemContext item, List<InputRead> inputs, List<MissingInput> missing) {
        String keys = String.join("、", missing.stream().map(input -> FactCatalog.label(input.key())).toList());
        return new RuleResult(BigDecimal.ZERO, item.max(), inputs, List.of(),
                "缺少输入：" + keys + "，暂计 0 分，待补齐后重新评分", missing, List.of());
    }

    public static RuleResult of(BigDecimal points, List<InputRead> inputs, List<DeductionCause> causes,
                                String explanation) {
        return new RuleResult(points, BigDecimal.ZERO, inputs, causes, explanation, List.of(), List.of());
    }
}
