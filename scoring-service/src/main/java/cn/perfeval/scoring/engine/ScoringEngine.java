package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.InvalidFactException;
import cn.perfeval.scoring.engine.rules.Decimals;
import cn.perfeval.scoring.engine.rules.ItemContext;
import cn.perfeval.scoring.engine.rules.RuleResult;
import cn.perfeval.scoring.engine.scheme.CompiledScheme;
import cn.perfeval.scoring.engine.scheme.CompiledScheme.CompiledItem;
import cn.perfeval.scoring.engine.scheme.InvalidSchemeException;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scheme.SchemeDimension;
import cn.perfeval.scoring.engine.scheme.SchemeItem;
import cn.perfeval.scoring.engine.scheme.SchemeValidator;
import cn.perfeval.scoring.engine.scorecard.Deduction;
import cn.perfeval.scoring.engine.scorecard.DimensionScore;
import cn.perfeval.scoring.engine.scorecard.Grade;
import cn.perfeval.scoring.engine.scorecard.InputRead;
import cn.perfeval.scoring.engine.scorecard.ItemScore;
import cn.perfeval.scoring.engine.scorecard.MissingInput;
import cn.perfeval.scoring.engine.scorecard.Scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scheme + facts → scorecard. Pure and stateless: no I/O, no clock, no randomness, so the same
 * inputs always give an equal scorecard and the service can recompute whenever a fact changes.
 * Each item's points are rounded HALF_UP to 2 decimals; dimensions and the total are sums of the
 * rounded items, so the published figures always add up.
 */
public final class ScoringEngine {

    private static final Comparator<MissingInput> MISSING_BY_KEY = Comparator.comparing(MissingInput::key);
    private static final Comparator<InputRead> INPUTS_BY_KEY = Comparator.comparing(InputRead::key);

    private ScoringEngine() {
    }

    /**
     * @throws InvalidSchemeException when the scheme does not validate (every problem is listed)
     * @throws InvalidFactException   when a fact is out of range for its item, e.g. judgement points above its max
     */
    public static Scorecard score(Scheme scheme, Facts facts) {
        return score(SchemeValidator.compile(scheme), facts);
    }

    /** Scores with a scheme validated once by {@link SchemeValidator#compile(Scheme)}, for scoring many fact sets. */
    public static Scorecard score(CompiledScheme compiled, Facts facts) {
        Scheme scheme = compiled.scheme();
        List<ItemScore> items = new ArrayList<>();
        List<MissingInput> missing = new ArrayList<>();
        for (CompiledItem compiledItem : compiled.items()) {
            SchemeItem item = compiledItem.item();
            RuleResult result = compiledItem.rule().apply(new ItemContext(item.code(), item.name(), item.max()), facts);
            items.add(itemScore(item, result));
            missing.addAll(sorted(result.missing(), MISSING_BY_KEY));
        }
        List<DimensionScore> dimensions = scheme.dimensions().stream()
                .map(dimension -> dimensionScore(dimension, items))
                .toList();
        BigDecimal total = items.stream().map(ItemScore::score).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Scorecard(scheme.id(), scheme.version(), total, Grade.of(total), missing.isEmpty(),
                dimensions, items, missing);
    }

    private static ItemScore itemScore(SchemeItem item, RuleResult result) {
        BigDecimal score = Decimals.points(result.points());
        // Points withheld for a missing input are not a deduction: only what the known records cost goes in the ledger.
        BigDecimal lost = item.max().subtract(score).subtract(Decimals.points(result.withheld()));
        List<Deduction> deductions = DeductionLedger.allocate(lost, result.causes());
        List<InputRead> inputs = sorted(result.inputs(), INPUTS_BY_KEY);
        return new ItemScore(item.code(), item.name(), item.dimension(), item.max(), score, item.rule(), inputs,
                deductions, result.explanation(), result.missing().isEmpty(), item.category(), result.indicators(),
                result.selfAssessed(), result.reviewed());
    }

    /** The list in this order (a stable sort); most items read one input and miss none, so it is rarely copied. */
    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        if (list.size() < 2) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return copy;
    }

    private static DimensionScore dimensionScore(SchemeDimension dimension, List<ItemScore> items) {
        BigDecimal score = items.stream()
                .filter(item -> item.dimension().equals(dimension.code()))
                .map(ItemScore::score)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new DimensionScore(dimension.code(), dimension.name(), dimension.max(), score);
    }
}
