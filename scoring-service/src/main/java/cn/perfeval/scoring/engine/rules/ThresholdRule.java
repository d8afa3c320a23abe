package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.FactDefinition;
import cn.perfeval.scoring.engine.facts.FactType;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.NumberFact;
import cn.perfeval.scoring.engine.scorecard.InputRead;
import cn.perfeval.scoring.engine.scorecard.MissingInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Full points when a figure is at or beyond a threshold ({@code direction: at-least | at-most}),
 * otherwise 0, or — with {@code falloffWidth} — a linear fall-off reaching 0 at {@code width} past
 * the threshold. The threshold is a constant ({@code threshold}) or another fact
 * ({@code thresholdFact}, e.g. "三公" actual at-most budgeted); comparing the two amounts exactly
 * avoids deciding on a rounded rate.
 */
final class ThresholdRule implements ItemRule {

    private final FactDefinition value;
    private final boolean atLeast;
    private final BigDecimal threshold;
    private final FactDefinition thresholdFact;
    private final BigDecimal falloffWidth;

    private ThresholdRule(FactDefinition value, boolean atLeast, BigDecimal threshold, FactDefinition thresholdFact,
                          BigDecimal falloffWidth) {
        this.value = value;
        this.atLeast = atLeast;
        this.threshold = threshold;
        this.thresholdFact = thresholdFact;
        this.falloffWidth = falloffWidth;
    }

    static ItemRule configure(ParamReader params) {
        FactDefinition value = params.requiredFact("fact", FactType.NUMBER);
        String direction = params.requiredString("direction");
        if (direction != null && !direction.equals("at-least") && !direction.equals("at-most")) {
            params.reject("direction", "must be at-least or at-most, was " + direction);
        }
        Optional<BigDecimal> threshold = params.optionalDecimal("threshold");
        Optional<FactDefinition> thresholdFact = params.optionalFact("thresholdFact", FactType.NUMBER);
        if (threshold.isPresent() == thresholdFact.isPresent()) {
            params.reject("threshold", "give exactly one of threshold (a number) and thresholdFact (a fact key)");
        }
        Optional<BigDecimal> width = params.optionalDecimal("falloffWidth");
        if (width.isPresent() && width.get().signum() <= 0) {
            params.reject("falloffWidth", "must be positive, was " + width.get().toPlainString());
        }
        return params.hasProblems() ? null : new ThresholdRule(value, "at-least".equals(direction),
                threshold.orElse(null), thresholdFact.orElse(null), width.orElse(null));
    }

    @Override
    public RuleResult apply(ItemContext item, Facts facts) {
        List<InputRead> inputs = new ArrayList<>();
        List<MissingInput> missing = new ArrayList<>();
        NumberFact actual = read(value, item, facts, inputs, missing);
        NumberFact bound = thresholdFact == null ? null : read(thresholdFact, item, facts, inputs, missing);
        if (!missing.isEmpty()) {
            return RuleResult.withheld(item, inputs, missing);
        }
        BigDecimal limit = bound == null ? threshold : bound.value();
        BigDecimal shortfall = atLeast ? limit.subtract(actual.value()) : actual.value().subtract(limit);
        String comparison = describe(actual, bound, limit);
        BigDecimal points;
        String verdict;
        if (shortfall.signum() <= 0) {
            points = item.max();
            verdict = "达标";
        } else if (falloffWidth == null) {
            points = BigDecimal.ZERO;
            verdict = "未达标";
        } else {
            BigDecimal lost = Decimals.divide(item.max().multiply(shortfall), falloffWidth);
            points = Decimals.clampAtZero(item.max().subtract(lost));
            verdict = "未达标，差距 " + shortfall.toPlainString() + "，在 " + falloffWidth.toPlainString() + " 内线性递减";
        }
        String explanation = comparison + "，" + verdict + "，得 " + Decimals.points(points).toPlainString() + " 分";
        List<DeductionCause> causes = points.compareTo(item.max()) < 0
                ? List.of(new DeductionCause(actual.source().id(), BigDecimal.ONE, comparison + "，未达标"))
                : List.of();
        return RuleResult.of(points, inputs, causes, explanation);
    }

    private String describe(NumberFact actual, NumberFact bound, BigDecimal limit) {
        String required = NumberInputs.named(actual, value) + "，要求 " + (atLeast ? "≥ " : "≤ ")
                + (bound == null ? NumberInputs.withUnit(limit.toPlainString(), value) : NumberInputs.named(bound, thresholdFact));
        if (bound == null || limit.signum() == 0) {
            return required;
        }
        // The relative difference is what the scheme calls a control rate (公用经费控制率 −4.55%); shown, not decided on.
        BigDecimal relative = Decimals.percent(actual.value().subtract(limit), limit);
        return required + "（(" + actual.value().toPlainString() + " − " + limit.toPlainString() + ") ÷ "
                + limit.toPlainString() + " = " + relative.toPlainString() + "%）";
    }

    private static NumberFact read(FactDefinition definition, ItemContext item, Facts facts, List<InputRead> inputs,
                                   List<MissingInput> missing) {
        NumberFact fact = facts.numbers().get(definition.key());
        if (fact == null) {
            missing.add(NumberInputs.missing(item, definition));
        } else {
            inputs.add(NumberInputs.read(fact));
        }
        return fact;
    }
}
