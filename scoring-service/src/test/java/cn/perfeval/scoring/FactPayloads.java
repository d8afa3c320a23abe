package cn.perfeval.scoring;

import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.NumberFact;
import cn.perfeval.scoring.engine.facts.RecordFact;
import cn.perfeval.scoring.projection.FactEventType;
import cn.perfeval.scoring.projection.FactRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The event payloads the indicator and budget services publish, written from engine facts: one indicator event per
 * indicator, one budget-facts and one procurement-facts snapshot. Used to publish test events and to feed the
 * assembler exactly what the projection would hold.
 */
public final class FactPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The procurement-facts snapshot carries the procurement keys; the budget-facts snapshot every other key. */
    public static final Predicate<String> PROCUREMENT = key -> key.startsWith("procurement.");

    private FactPayloads() {
    }

    /** Every fact of {@code facts} as the projection's records (judgements are not events; they are not included). */
    public static List<FactRecord> records(Facts facts) {
        List<FactRecord> records = new ArrayList<>();
        for (IndicatorFact indicator : facts.indicators()) {
            records.add(record(facts, FactEventType.INDICATOR, indicator.id(), indicator.version(),
                    indicator(base(facts, indicator.id(), indicator.version()), indicator)));
        }
        String evaluation = facts.departmentCode() + ":" + facts.fiscalYear();
        records.add(record(facts, FactEventType.BUDGET_FACTS, evaluation, 1,
                snapshot(base(facts, evaluation, 1), facts, PROCUREMENT.negate())));
        records.add(record(facts, FactEventType.PROCUREMENT_FACTS, evaluation, 1,
                snapshot(base(facts, evaluation, 1), facts, PROCUREMENT)));
        return records;
    }

    /** The identifying part every payload starts with. */
    public static ObjectNode base(Facts facts, String id, long version) {
        return base(facts.departmentCode(), facts.fiscalYear(), id, version);
    }

    public static ObjectNode base(String department, int year, String id, long version) {
        ObjectNode data = JSON.createObjectNode();
        data.put("id", id).put("departmentCode", department).put("fiscalYear", year).put("version", version);
        return data;
    }

    /** Adds an indicator's fields to {@code data}, as indicator-service's indicator.changed event carries them. */
    public static ObjectNode indicator(ObjectNode data, IndicatorFact indicator) {
        data.put("level1", indicator.kind().name());
        data.put("level2", indicator.level2());
        data.put("name", indicator.name());
        data.put("comparator", indicator.comparator().name());
        if (indicator.target() != null) {
            data.putObject("annualTarget").put("value", indicator.target());
        }
        if (indicator.actual() != null) {
            data.putObject("actual").put("value", indicator.actual()).put("text", indicator.actual().toPlainString());
        }
        if (indicator.weight() != null) {
            data.put("weight", indicator.weight());
        }
        if (indicator.qualitativeShare() != null) {
            data.put("qualitativeShare", indicator.qualitativeShare());
        }
        if (indicator.grade() != null) {
            data.put("qualitativeGrade", indicator.grade().name());
        }
        return data;
    }

    /**
     * Adds the numbers and record sets whose keys {@code keys} accepts, and the (here empty) data findings, as
     * budget-service's snapshots carry them.
     */
    public static ObjectNode snapshot(ObjectNode data, Facts facts, Predicate<String> keys) {
        ObjectNode numbers = data.putObject("numbers");
        facts.numbers().forEach((key, fact) -> {
            if (keys.test(key)) {
                numbers.set(key, number(fact));
            }
        });
        ObjectNode sets = data.putObject("recordSets");
        facts.recordSets().forEach((key, records) -> {
            if (keys.test(key)) {
                sets.set(key, records(records));
            }
        });
        data.putArray("findings");
        return data;
    }

    private static ObjectNode number(NumberFact fact) {
        ObjectNode node = JSON.createObjectNode().put("value", fact.value());
        node.putObject("source").put("entityType", fact.source().entityType()).put("id", fact.source().id())
                .put("version", fact.source().version());
        return node;
    }

    private static ArrayNode records(List<RecordFact> records) {
        ArrayNode array = JSON.createArrayNode();
        for (RecordFact record : records) {
            // budget-service explains every verdict; engine facts word only the non-compliant ones
            array.addObject().put("id", record.id()).put("version", record.version())
                    .put("compliant", record.compliant()).put("detail", record.detail() == null ? "合规" : record.detail());
        }
        return array;
    }

    private static FactRecord record(Facts facts, String entityType, String id, long version, ObjectNode payload) {
        return new FactRecord(entityType, id, facts.departmentCode(), facts.fiscalYear(), version, false, payload);
    }
}
