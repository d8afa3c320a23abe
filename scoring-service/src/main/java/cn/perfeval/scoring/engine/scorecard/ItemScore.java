package cn.perfeval.scoring.engine.scorecard;

import cn.perfeval.scoring.engine.facts.Review;

import java.math.BigDecimal;
import java.util.List;

/**
 * One scheme item on the scorecard.
 *
 * @param score      points awarded, HALF_UP to 2 decimals
 * @param inputs     what the item read, sorted by key
 * @param deductions the ledger of points lost, sorted by record id
 * @param complete   false when an input is missing (see {@link Scorecard#missing()})
 * @param category   the scheme's sub-heading (预算执行, 采购管理 …), {@code null} when it has none
 * @param indicators   for indicator-group items: each indicator's assessment; empty otherwise
 * @param selfAssessed for judgement items: the department's own points; {@code null} otherwise or while not assessed
 * @param reviewed     for judgement items: the bureau's review decision in force, {@code null} while there is none
 */
public record ItemScore(String code, String name, String dimension, BigDecimal max, BigDecimal score, String rule,
                        List<InputRead> inputs, List<Deduction> deductions, String explanation, boolean complete,
                        String category, List<IndicatorResult> indicators, SelfAssessment selfAssessed,
                        Review reviewed) {

    public ItemScore {
        inputs = List.copyOf(inputs);
        deductions = List.copyOf(deductions);
        indicators = List.copyOf(indicators);
    }
}
