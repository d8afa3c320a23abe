package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.FactDefinition;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.RecordFact;
import cn.perfeval.scoring.engine.facts.SourceRef;
import cn.perfeval.scoring.engine.scorecard.InputRead;
import cn.perfeval.scoring.engine.scorecard.MissingInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Base of the rules that score a set of records by how many are non-compliant. An absent set is a
 * missing input; an empty set means "reported, none" and scores full points.
 */
abstract class RecordSetRule implements ItemRule {

    private static final Comparator<RecordFact> BY_ID = Comparator.comparing(RecordFact::id);

    private final FactDefinition recordSet;

    RecordSetRule(FactDefinition recordSet) {
        this.recordSet = recordSet;
    }

    /** Exact points for {@code nonCompliant} bad records out of {@code total}. */
    abstract BigDecimal points(BigDecimal max, int total, int nonCompliant);

    /** How the points were reached, in the scheme's words. */
    abstract String formula(BigDecimal max, int total, int nonCompliant);

    @Override
    public final RuleResult apply(ItemContext item, Facts facts) {
        List<RecordFact> records = facts.recordSets().get(recordSet.key());
        if (records == null) {
            MissingInput missing = new MissingInput(item.code(), recordSet.key(),
                    NumberInputs.MISSING.formatted(recordSet.label(), recordSet.producer()));
            return RuleResult.withheld(item, List.of(), List.of(missing));
        }
        List<RecordFact> sorted = new ArrayList<>(records);
        sorted.sort(BY_ID);
        List<SourceRef> sources = new ArrayList<>(sorted.size());
        List<RecordFact> nonCompliant = new ArrayList<>();
        for (RecordFact record : sorted) {
            sources.add(new SourceRef(recordSet.recordEntityType(), record.id(), record.version()));
            if (!record.compliant()) {
                nonCompliant.add(record);
            }
        }
        InputRead input = new InputRead(recordSet.key(),
                "共 " + sorted.size() + " 条，不合规 " + nonCompliant.size() + " 条", sources);
        List<DeductionCause> causes = nonCompliant.stream()
                .map(record -> new DeductionCause(record.id(), BigDecimal.ONE,
                        record.detail() == null || record.detail().isBlank() ? "不合规" : record.detail()))
                .toList();
        BigDecimal points = points(item.max(), sorted.size(), nonCompliant.size());
        return RuleResult.of(points, List.of(input), causes, explain(item, sorted.size(), nonCompliant, points));
    }

    private String explain(ItemContext item, int total, List<RecordFact> nonCompliant, BigDecimal points) {
        return recordSet.label() + "记录共 " + total + " 条，不合规 " + nonCompliant.size() + " 条"
                + (nonCompliant.isEmpty() ? "" : "（" + String.join("、", nonCompliant.stream().map(RecordFact::id).toList())
                        + "）")
                + "；" + formula(item.max(), total, nonCompliant.size())
                + "，得 " + Decimals.points(points).toPlainString() + " 分";
    }
}
