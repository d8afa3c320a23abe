package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.IndicatorKind;
import cn.perfeval.scoring.engine.facts.JudgementFact;
import cn.perfeval.scoring.engine.facts.NumberFact;
import cn.perfeval.scoring.engine.facts.RecordFact;
import cn.perfeval.scoring.engine.facts.SourceRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fluent construction of {@link Facts} for tests. */
final class FactsBuilder {

    private final List<IndicatorFact> indicators = new ArrayList<>();
    private final Map<String, NumberFact> numbers = new LinkedHashMap<>();
    private final Map<String, List<RecordFact>> recordSets = new LinkedHashMap<>();
    private final Map<String, JudgementFact> judgements = new LinkedHashMap<>();

    static FactsBuilder facts() {
        return new FactsBuilder();
    }

    static IndicatorFact indicator(String id, IndicatorKind kind, Comparator comparator, String target, String actual) {
        return new IndicatorFact(id, 1, kind, "数量指标", "指标 " + id, comparator, decimal(target), decimal(actual),
                null, null, null);
    }

    static IndicatorFact weighted(String id, Comparator comparator, String target, String actual, String weight) {
        return new IndicatorFact(id, 1, IndicatorKind.OUTPUT, "数量指标", "指标 " + id, comparator, decimal(target),
                decimal(actual), decimal(weight), null, null);
    }

    static RecordFact ok(String id) {
        return new RecordFact(id, 1, true, null);
    }

    static RecordFact bad(String id, String detail) {
        return new RecordFact(id, 1, false, detail);
    }

    FactsBuilder indicator(IndicatorFact indicator) {
        indicators.add(indicator);
        return this;
    }

    FactsBuilder number(String key, String value) {
        numbers.put(key, new NumberFact(key, new BigDecimal(value), new SourceRef("test-source", key + "#src", 3)));
        return this;
    }

    FactsBuilder number(String key, String value, SourceRef source) {
        numbers.put(key, new NumberFact(key, new BigDecimal(value), source));
        return this;
    }

    FactsBuilder records(String key, RecordFact... records) {
        recordSets.put(key, List.of(records));
        return this;
    }

    FactsBuilder judgement(String itemCode, String points) {
        judgements.put(itemCode, new JudgementFact(new BigDecimal(points), "评审意见", "证据文件", "评审人", 1));
        return this;
    }

    FactsBuilder judgement(String itemCode, JudgementFact judgement) {
        judgements.put(itemCode, judgement);
        return this;
    }

    Facts build() {
        return new Facts("TEST", 2023, indicators, numbers, recordSets, judgements);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
