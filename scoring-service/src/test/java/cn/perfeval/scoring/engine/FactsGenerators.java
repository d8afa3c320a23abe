package cn.perfeval.scoring.engine;

import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.FactDefinition;
import cn.perfeval.scoring.engine.facts.FactType;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.IndicatorKind;
import cn.perfeval.scoring.engine.facts.JudgementFact;
import cn.perfeval.scoring.engine.facts.NumberFact;
import cn.perfeval.scoring.engine.facts.QualitativeGrade;
import cn.perfeval.scoring.engine.facts.RecordFact;
import cn.perfeval.scoring.engine.facts.SourceRef;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scheme.SchemeItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of fact sets for a scheme, biased towards the edges the rules care about (zero targets, an
 * actual equal to or twice its target, negative actuals, missing inputs, empty record sets). Every choice is drawn
 * from the library's randomness source, so a failing fact set shrinks: inputs absent, decimals nearer zero, the first
 * option of each pick. Each fact set is drawn in a fixed shape (every slot and every option is drawn, then the unused
 * ones dropped), so shrinking one choice never shifts the draws of the others and the shrinker can remove inputs one
 * by one.
 */
public final class FactsGenerators {

    private enum Weights { NONE, ALL, SOME }

    private static final int INDICATOR_SLOTS = 13;
    private static final int RECORD_SLOTS = 5;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final List<BigDecimal> TARGETS = List.of(BigDecimal.ZERO, BigDecimal.ONE, HUNDRED);
    private static final List<BigDecimal> THRESHOLDS = List.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("90"),
            HUNDRED, new BigDecimal("9.50"), new BigDecimal("-4.55"));

    private FactsGenerators() {
    }

    public static Gen<Facts> facts(Scheme scheme) {
        List<SchemeItem> judged = scheme.items().stream().filter(item -> item.rule().equals("judgement")).toList();
        Gen<Facts> facts = in -> {
            Weights weights = pick(List.of(Weights.values())).generate(in);
            List<IndicatorFact> indicators = new ArrayList<>();
            for (int i = 0; i < INDICATOR_SLOTS; i++) {
                boolean absent = chance(50).generate(in);
                IndicatorFact indicator = indicator("I" + i, weights).generate(in);
                if (!absent) {
                    indicators.add(indicator);
                }
            }
            Map<String, NumberFact> numbers = new LinkedHashMap<>();
            Map<String, List<RecordFact>> recordSets = new LinkedHashMap<>();
            for (FactDefinition definition : FactCatalog.all()) {
                boolean unreported = chance(10).generate(in);
                if (definition.type() == FactType.NUMBER) {
                    NumberFact number = new NumberFact(definition.key(), number().generate(in),
                            new SourceRef("source", definition.key(), range(0, 4).generate(in)));
                    if (!unreported) {
                        numbers.put(definition.key(), number);
                    }
                } else {
                    List<RecordFact> records = records().generate(in);
                    if (!unreported) {
                        recordSets.put(definition.key(), records);
                    }
                }
            }
            Map<String, JudgementFact> judgements = new LinkedHashMap<>();
            for (SchemeItem item : judged) {
                boolean unjudged = chance(10).generate(in);
                BigDecimal points = decimal(BigDecimal.ZERO, item.max()).generate(in);
                if (!unjudged) {
                    judgements.put(item.code(), new JudgementFact(points, "意见", "证据", "评审人", 1));
                }
            }
            return new Facts("RND", 2023, indicators, numbers, recordSets, judgements);
        };
        return facts.describedAs(FactsGenerators::describe);
    }

    private static Gen<IndicatorFact> indicator(String id, Weights weights) {
        return in -> {
            IndicatorKind kind = pick(List.of(IndicatorKind.values())).generate(in);
            Comparator comparator = pick(List.of(Comparator.values())).generate(in);
            boolean someWeighted = chance(50).generate(in);
            BigDecimal someWeight = decimal(new BigDecimal("0.1"), new BigDecimal("5")).generate(in);
            BigDecimal weight = weights == Weights.ALL || (weights == Weights.SOME && someWeighted) ? someWeight : null;
            QualitativeGrade grade = pick(List.of(QualitativeGrade.values())).generate(in);
            boolean ungraded = chance(10).generate(in);
            BigDecimal share = decimal(grade.lowestShare(), grade.highestShare()).generate(in);
            int targetChoice = range(0, TARGETS.size()).generate(in);
            BigDecimal anyTarget = decimal(BigDecimal.ZERO, new BigDecimal("1000")).generate(in);
            BigDecimal target = targetChoice < TARGETS.size() ? TARGETS.get(targetChoice) : anyTarget;
            BigDecimal actual = actual(target).generate(in);
            if (comparator == Comparator.QUALITATIVE) {
                return new IndicatorFact(id, 1, kind, "二级", "定性 " + id, comparator, null, null, weight,
                        ungraded ? null : share, ungraded ? null : grade);
            }
            return new IndicatorFact(id, 1, kind, "二级", "指标 " + id, comparator, target, actual, weight, null, null);
        };
    }

    /** Missing, exactly at the target, at twice the target, negative, or anywhere up to 2.5 × target + 10. */
    private static Gen<BigDecimal> actual(BigDecimal target) {
        return in -> {
            int roll = range(0, 99).generate(in);
            BigDecimal negative = decimal(new BigDecimal("-50"), BigDecimal.ZERO).generate(in);
            BigDecimal any = decimal(BigDecimal.ZERO, target.multiply(new BigDecimal("2.5")).add(BigDecimal.TEN)).generate(in);
            if (roll < 10) {
                return null;
            }
            if (roll < 25) {
                return target;
            }
            if (roll < 30) {
                return target.multiply(BigDecimal.valueOf(2));
            }
            return roll < 35 ? negative : any;
        };
    }

    /** A figure at a threshold the Guangzhou scheme uses, or anywhere from −10 to 150. */
    static Gen<BigDecimal> number() {
        return in -> {
            boolean atThreshold = chance(40).generate(in);
            BigDecimal threshold = pick(THRESHOLDS).generate(in);
            BigDecimal any = decimal(new BigDecimal("-10"), new BigDecimal("150")).generate(in);
            return atThreshold ? threshold : any;
        };
    }

    /** Up to five records (each slot empty half the time), three in four compliant. */
    private static Gen<List<RecordFact>> records() {
        return in -> {
            List<RecordFact> records = new ArrayList<>();
            for (int i = 0; i < RECORD_SLOTS; i++) {
                boolean empty = chance(50).generate(in);
                RecordFact record = new RecordFact("R" + i, range(0, 2).generate(in), !chance(25).generate(in),
                        "记录 R" + i);
                if (!empty) {
                    records.add(record);
                }
            }
            return records;
        };
    }

    /** A decimal with 2 places in [low, high], shrinking towards the value nearest zero. */
    static Gen<BigDecimal> decimal(BigDecimal low, BigDecimal high) {
        long cents = high.subtract(low).movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact();
        long towardsZero = low.signum() >= 0 ? 0 : Math.min(cents, low.negate().movePointRight(2).longValue());
        return longRange(0, cents, towardsZero)
                .map(offset -> low.add(BigDecimal.valueOf(offset, 2)).setScale(2, RoundingMode.UNNECESSARY));
    }

    /** True {@code percent} times in a hundred; shrinks to true. */
    public static Gen<Boolean> chance(int percent) {
        return range(0, 99).map(roll -> roll < percent);
    }

    /**
     * A reordering of {@code items}: a sort key per element, which shrinks to all zeros, the original order. A failing
     * example thereby shrinks to the fewest moves that still fail.
     */
    public static <T> Gen<List<T>> reordered(List<T> items) {
        return in -> {
            int[] keys = items.stream().mapToInt(item -> range(0, items.size()).generate(in)).toArray();
            return IntStream.range(0, items.size()).boxed()
                    .sorted(java.util.Comparator.comparingInt(index -> keys[index]))
                    .map(items::get).toList();
        };
    }

    /** A compact, readable fact set for QuickTheories' report of a falsifying example. */
    public static String describe(Facts facts) {
        StringBuilder text = new StringBuilder("Facts");
        for (IndicatorFact i : facts.indicators()) {
            text.append("\n  indicator ").append(i.id()).append(' ').append(i.kind()).append(' ').append(i.comparator())
                    .append(" target=").append(plain(i.target())).append(" actual=").append(plain(i.actual()))
                    .append(" weight=").append(plain(i.weight()));
            if (i.comparator() == Comparator.QUALITATIVE) {
                text.append(" grade=").append(i.grade()).append(" share=").append(plain(i.qualitativeShare()));
            }
        }
        new TreeMap<>(facts.numbers()).forEach((key, number) ->
                text.append("\n  ").append(key).append(" = ").append(number.value().toPlainString()));
        new TreeMap<>(facts.recordSets()).forEach((key, records) -> text.append("\n  ").append(key).append(' ')
                .append(records.stream().map(r -> r.id() + (r.compliant() ? " ok" : " NOT compliant")).toList()));
        new TreeMap<>(facts.judgements()).forEach((item, judgement) ->
                text.append("\n  judgement ").append(item).append(" = ").append(judgement.points().toPlainString()));
        return text.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }
}
