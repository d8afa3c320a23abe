package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.FactDefinition;
import cn.perfeval.scoring.engine.facts.FactType;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.NumberFact;

import java.math.BigDecimal;
import java.util.List;

/**
 * Points proportional to a rate in percent: {@code max × min(rate, fullCreditAt) ÷ fullCreditAt}
 * (10 × 95.40% = 9.54). The rate is capped at {@code fullCreditAt} (default 100) and a negative rate
 * counts as 0.
 */
final class ProportionalToRateRule implements ItemRule {

    private final FactDefinition rate;
    private final BigDecimal fullCreditAt;

    private ProportionalToRateRule(FactDefinition rate, BigDecimal fullCreditAt) {
        this.rate = rate;
        this.fullCreditAt = fullCreditAt;
    }

    static ItemRule configure(ParamReader params) {
        FactDefinition rate = params.requiredFact("fact", FactType.NUMBER);
        BigDecimal fullCreditAt = params.optionalDecimal("fullCreditAt").orElse(Decimals.HUNDRED);
        if (fullCreditAt.signum() <= 0) {
            params.reject("fullCreditAt", "must be positive, was " + fullCreditAt.toPlainString());
        }
        return params.hasProblems() ? null : new ProportionalToRateRule(rate, fullCreditAt);
    }

    @Override
    public RuleResult apply(ItemContext item, Facts facts) {
        NumberFact fact = facts.numbers().get(rate.key());
        if (fact == null) {
            return RuleResult.withheld(item, List.of(), List.of(NumberInputs.missing(item, rate)));
        }
        BigDecimal counted = Decimals.clampAtZero(fact.value()).min(fullCreditAt);
        BigDecimal points = Decimals.divide(item.max().multiply(counted), fullCreditAt);
        String shownRate = NumberInputs.withUnit(fact.value().toPlainString(), rate);
        String fullAt = NumberInputs.withUnit(fullCreditAt.toPlainString(), rate);
        String explanation = "得分 = " + item.max().toPlainString() + " × " + counted.toPlainString() + " ÷ "
                + fullCreditAt.toPlainString() + " = " + Decimals.points(points).toPlainString()
                + "（" + rate.label() + " " + shownRate + "，达到 " + fullAt + " 得满分）";
        List<DeductionCause> causes = points.compareTo(item.max()) < 0
                ? List.of(new DeductionCause(fact.source().id(), BigDecimal.ONE,
                        rate.label() + " " + shownRate + "，未达到 " + fullAt))
                : List.of();
        return RuleResult.of(points, List.of(NumberInputs.read(fact)), causes, explanation);
    }
}
