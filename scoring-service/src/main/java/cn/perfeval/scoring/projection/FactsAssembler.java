package cn.perfeval.scoring.projection;

import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.IndicatorKind;
import cn.perfeval.scoring.engine.facts.JudgementFact;
import cn.perfeval.scoring.engine.facts.NumberFact;
import cn.perfeval.scoring.engine.facts.QualitativeGrade;
import cn.perfeval.scoring.engine.facts.RecordFact;
import cn.perfeval.scoring.engine.facts.Review;
import cn.perfeval.scoring.engine.facts.Reviews;
import cn.perfeval.scoring.engine.facts.SourceRef;
import cn.perfeval.scoring.judgement.Judgement;
import cn.perfeval.scoring.monitoring.domain.PaceFacts;
import cn.perfeval.scoring.rectification.task.RectificationTask;
import cn.perfeval.scoring.rectification.task.TaskState;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns projected source records, recorded judgements and their review decisions, and the rectification tasks carried
 * from the previous year into the engine's {@link Facts}. The only place that knows the shapes of the producers'
 * event payloads (their JSON Schemas live with the producers).
 */
@ApplicationScoped
public class FactsAssembler {

    /**
     * @param reviews      the latest review decision per judgement item and indicator; the engine decides which apply
     * @param carriedTasks the tasks of the previous year ({@link RectificationTask#carriedInto}), read as the record
     *                     set {@value FactCatalog#CARRIED_RECTIFICATION}, which is always reported (empty: none)
     */
    public Facts assemble(String departmentCode, int fiscalYear, List<FactRecord> records, List<Judgement> judgements,
            Reviews reviews, List<RectificationTask> carriedTasks) {
        List<IndicatorFact> indicators = new ArrayList<>();
        Map<String, NumberFact> numbers = new HashMap<>();
        Map<String, List<RecordFact>> recordSets = new HashMap<>();
        for (FactRecord record : records) {
            switch (record.entityType()) {
                case FactEventType.INDICATOR -> indicators.add(indicator(record, reviews.grades().get(record.entityId())));
                case FactEventType.BUDGET_FACTS, FactEventType.PROCUREMENT_FACTS -> {
                    readNumbers(record.payload().path("numbers"), numbers);
                    readRecordSets(record.payload().path("recordSets"), recordSets);
                }
                default -> {
                    // department and other context records are reported, not scored
                }
            }
        }
        recordSets.put(FactCatalog.CARRIED_RECTIFICATION,
                carriedTasks.stream().map(FactsAssembler::carriedTask).toList());
        Map<String, JudgementFact> verdicts = new HashMap<>();
        for (Judgement judgement : judgements) {
            verdicts.put(judgement.itemCode, new JudgementFact(judgement.points, judgement.text,
                    evidence(judgement), judgement.updatedBy, judgement.version, reviews.judgements().get(judgement.itemCode)));
        }
        return new Facts(departmentCode, fiscalYear, indicators, numbers, recordSets, verdicts);
    }

    /**
     * Reads one record as the engine (or, for the execution pace, monitoring) would, so that a payload it cannot use
     * is rejected when it arrives (and dead-lettered) instead of failing every later recompute of its evaluation.
     */
    public void check(FactRecord record) {
        try {
            assemble(record.departmentCode(), record.fiscalYear(), List.of(record), List.of(), Reviews.NONE, List.of());
            if (record.entityType().equals(FactEventType.BUDGET_PACE)) {
                PaceFacts.read(record.payload());
            }
        } catch (RuntimeException e) {
            throw new PoisonMessageException(record.entityType() + " " + record.entityId() + " cannot be scored: "
                    + e.getMessage(), e);
        }
    }

    private static IndicatorFact indicator(FactRecord record, Review review) {
        JsonNode data = record.payload();
        return new IndicatorFact(record.entityId(), record.version(),
                IndicatorKind.valueOf(data.path("level1").asText()),
                data.path("level2").asText(),
                data.path("name").asText(),
                Comparator.valueOf(data.path("comparator").asText()),
                decimal(data.path("annualTarget").path("value")),
                decimal(data.path("actual").path("value")),
                decimal(data.path("weight")),
                decimal(data.path("qualitativeShare")),
                data.hasNonNull("qualitativeGrade") ? QualitativeGrade.valueOf(data.get("qualitativeGrade").asText()) : null,
                review);
    }

    private static void readNumbers(JsonNode numbers, Map<String, NumberFact> into) {
        numbers.fields().forEachRemaining(entry -> {
            JsonNode fact = entry.getValue();
            JsonNode source = fact.path("source");
            into.put(entry.getKey(), new NumberFact(entry.getKey(), decimal(fact.path("value")),
                    new SourceRef(source.path("entityType").asText(), source.path("id").asText(),
                            source.path("version").asLong())));
        });
    }

    private static void readRecordSets(JsonNode recordSets, Map<String, List<RecordFact>> into) {
        recordSets.fields().forEachRemaining(entry -> {
            List<RecordFact> records = new ArrayList<>();
            for (JsonNode record : entry.getValue()) {
                records.add(new RecordFact(record.path("id").asText(), record.path("version").asLong(),
                        record.path("compliant").asBoolean(), record.path("detail").asText(null)));
            }
            into.put(entry.getKey(), records);
        });
    }

    /** A task carried from the previous year complies once it is closed; an open one names its due date. */
    private static RecordFact carriedTask(RectificationTask task) {
        return new RecordFact(String.valueOf(task.id), task.version, task.state == TaskState.CLOSED,
                task.state == TaskState.CLOSED ? "已整改（" + task.closedOn + "）"
                        : task.fiscalYear + " 年度整改任务尚未完成（整改时限 " + task.dueDate + "）");
    }

    private static String evidence(Judgement judgement) {
        StringBuilder evidence = new StringBuilder();
        if (judgement.evidenceDocument != null) {
            evidence.append(judgement.evidenceDocument);
        }
        if (judgement.evidenceUrl != null) {
            evidence.append(evidence.isEmpty() ? "" : " ").append(judgement.evidenceUrl);
        }
        if (judgement.evidenceDate != null) {
            evidence.append(" (").append(judgement.evidenceDate).append(')');
        }
        return evidence.toString();
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
    }
}
