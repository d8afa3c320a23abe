package cn.perfeval.scoring.engine;

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
import java.util.Random;

/**
 * Random fact sets for a scheme, biased towards the edges the rules care about (zero targets, an
 * actual equal to or twice its target, negative actuals, missing inputs, empty record sets). Every
 * draw is reproducible from its seed, which the property tests print when a property fails.
 */
final class RandomFacts {

    private enum WeightMode { NONE, ALL, SOME }

    private final Random random;
    private final Scheme scheme;

    RandomFacts(long seed, Scheme scheme) {
        this.random = new Random(seed);
        this.scheme = scheme;
    }

    Random random() {
        return random;
    }

    Facts next() {
        WeightMode weights = pick(WeightMode.NONE, WeightMode.NONE, WeightMode.ALL, WeightMode.SOME);
        List<IndicatorFact> indicators = new ArrayList<>();
        int count = random.nextInt(14);
        for (int i = 0; i < count; i++) {
            indicators.add(indicator("I" + i, weights));
        }
        Map<String, NumberFact> numbers = new LinkedHashMap<>();
        Map<String, List<RecordFact>> recordSets = new LinkedHashMap<>();
        for (FactDefinition definition : FactCatalog.all()) {
            if (chance(10)) {
                continue;
            }
            if (definition.type() == FactType.NUMBER) {
                numbers.put(definition.key(), new NumberFact(definition.key(), number(),
                        new SourceRef("source", definition.key(), random.nextInt(5))));
            } else {
                recordSets.put(definition.key(), records());
            }
        }
        Map<String, JudgementFact> judgements = new LinkedHashMap<>();
        for (SchemeItem item : scheme.items()) {
            if (item.rule().equals("judgement") && !chance(10)) {
                judgements.put(item.code(), new JudgementFact(between(BigDecimal.ZERO, item.max()), "意见", "证据", "评审人", 1));
            }
        }
        return new Facts("RND", 2023, indicators, numbers, recordSets, judgements);
    }

    IndicatorFact indicator(String id, WeightMode weights) {
        IndicatorKind kind = pick(IndicatorKind.values());
        Comparator comparator = pick(Comparator.values());
        BigDecimal weight = weights == WeightMode.ALL || (weights == WeightMode.SOME && chance(50))
                ? between(new BigDecimal("0.1"), new BigDecimal("5")) : null;
        if (comparator == Comparator.QUALITATIVE) {
            QualitativeGrade grade = pick(QualitativeGrade.values());
            BigDecimal share = chance(10) ? null : between(grade.lowestShare(), grade.highestShare());
            return new IndicatorFact(id, 1, kind, "二级", "定性 " + id, comparator, null, null, weight, share,
                    share == null ? null : grade);
        }
        BigDecimal target = pick(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("100"),
                between(BigDecimal.ZERO, new BigDecimal("1000")));
        BigDecimal actual;
        int roll = random.nextInt(100);
        if (roll < 10) {
            actual = null;
        } else if (roll < 25) {
            actual = target;
        } else if (roll < 30) {
            actual = target.multiply(BigDecimal.valueOf(2));
        } else if (roll < 35) {
            actual = between(new BigDecimal("-50"), BigDecimal.ZERO);
        } else {
            actual = between(BigDecimal.ZERO, target.multiply(new BigDecimal("2.5")).add(BigDecimal.TEN));
        }
        return new IndicatorFact(id, 1, kind, "二级", "指标 " + id, comparator, target, actual, weight, null, null);
    }

    /** A figure near the thresholds the Guangzhou scheme uses, or anywhere from −10 to 150. */
    BigDecimal number() {
        return chance(40) ? pick(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("90"), new BigDecimal("100"),
                new BigDecimal("9.50"), new BigDecimal("-4.55"))
                : between(new BigDecimal("-10"), new BigDecimal("150"));
    }

    List<RecordFact> records() {
        List<RecordFact> records = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            records.add(new RecordFact("R" + i, random.nextInt(3), !chance(25), "记录 R" + i));
        }
        return records;
    }

    /** A decimal with 2 places, uniformly in [low, high]. */
    BigDecimal between(BigDecimal low, BigDecimal high) {
        long cents = high.subtract(low).movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact();
        return low.add(BigDecimal.valueOf(cents == 0 ? 0 : random.nextLong(cents + 1), 2)).setScale(2, RoundingMode.UNNECESSARY);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
