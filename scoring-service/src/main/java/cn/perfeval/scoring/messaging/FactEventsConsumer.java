package cn.perfeval.scoring.messaging;

import cn.perfeval.platform.correlation.Correlation;
import cn.perfeval.platform.events.inbound.InboundBatches;
import cn.perfeval.platform.events.inbound.InboundEvent;
import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.platform.events.inbound.TransientFailures;
import cn.perfeval.scoring.projection.FactEventType;
import cn.perfeval.scoring.projection.FactRecord;
import cn.perfeval.scoring.projection.FactsAssembler;
import cn.perfeval.scoring.projection.ProjectionStore;
import cn.perfeval.scoring.recompute.PendingRecomputes;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Projects the facts other services publish. Each event carries its entity's full state and version; the
 * projection keeps the newest version only, and the evaluation it belongs to is queued for a recompute in the same
 * transaction. The channels are consumed in batches, one transaction per poll ({@link InboundBatches}): a burst of
 * events for one evaluation becomes a few writes and one pending mark per poll. An unreadable event is poison: it
 * goes to the channel's dead-letter topic and the rest of its batch is applied; a database that is away is waited
 * for instead ({@link TransientFailures}).
 */
@ApplicationScoped
public class FactEventsConsumer {

    private static final Logger LOG = Logger.getLogger(FactEventsConsumer.class);

    private final InboundBatches batches;
    private final ProjectionStore projection;
    private final PendingRecomputes pending;
    private final FactsAssembler assembler;

    public FactEventsConsumer(InboundBatches batches, ProjectionStore projection, PendingRecomputes pending,
            FactsAssembler assembler) {
        this.batches = batches;
        this.projection = projection;
        this.pending = pending;
        this.assembler = assembler;
    }

    /** The topics the projection is built from; a rebuild replays exactly these. */
    public static final List<String> TOPICS = List.of("indicator-events", "budget-events",
            "procurement-events");

    @Incoming("indicator-events")
    @Blocking
    public CompletionStage<Void> onIndicatorEvents(KafkaRecordBatch<String, String> batch) {
        return batches.handle("indicator-events", batch, this::applyAll);
    }

    @Incoming("budget-events")
    @Blocking
    public CompletionStage<Void> onBudgetEvents(KafkaRecordBatch<String, String> batch) {
        return batches.handle("budget-events", batch, this::applyAll);
    }

    @Incoming("procurement-events")
    @Blocking
    public CompletionStage<Void> onProcurementEvents(KafkaRecordBatch<String, String> batch) {
        return batches.handle("procurement-events", batch, this::applyAll);
    }

    /** Applies one event to the projection; the caller's transaction. Also used by the projection rebuild. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(InboundEvent event) {
        applyAll(List.of(event));
    }

    /**
     * Applies a batch of events to the projection in the caller's transaction, coalesced: of each entity only the
     * newest version in the batch is written, all in one statement (the projection would keep only that one anyway),
     * and each evaluation whose facts changed is marked once, with the correlation id of the last event that changed
     * it and how many of the batch's events were about it (many mean a burst is under way).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(List<InboundEvent> events) {
        Map<String, Newest> newest = newestOfEachEntity(events);
        List<FactRecord> changed = projection.upsertAll(newest.values().stream()
                .map(fact -> new ProjectionStore.SourcedFact(fact.fact(), fact.event().id())).toList());
        Map<Evaluation, String> changedEvaluations = new LinkedHashMap<>();
        for (FactRecord fact : changed) {
            Evaluation evaluation = new Evaluation(fact.departmentCode(), fact.fiscalYear());
            changedEvaluations.remove(evaluation);
            changedEvaluations.put(evaluation, newest.get(key(fact)).event().correlationId());
        }
        Map<Evaluation, Long> eventsPerEvaluation = newest.values().stream().collect(Collectors.groupingBy(
                fact -> new Evaluation(fact.fact().departmentCode(), fact.fact().fiscalYear()),
                Collectors.summingLong(Newest::events)));
        changedEvaluations.forEach((evaluation, correlationId) -> {
            Correlation.begin(correlationId);
            pending.request(evaluation.departmentCode(), evaluation.fiscalYear(), eventsPerEvaluation.get(evaluation));
        });
        LOG.debugf("%d events: %d entities, %d changed", events.size(), newest.size(), changed.size());
    }

    /** The newest version of each entity the events carry, checked; events of types the projection ignores skipped. */
    private Map<String, Newest> newestOfEachEntity(List<InboundEvent> events) {
        Map<String, Newest> newest = new LinkedHashMap<>();
        for (InboundEvent event : events) {
            FactEventType type = FactEventType.of(event.type());
            if (type == null) {
                LOG.debugf("Ignoring event type %s", event.type());
                continue;
            }
            FactRecord fact = toFact(type, event.data());
            if (!fact.deleted()) {
                assembler.check(fact);
            }
            newest.merge(key(fact), new Newest(event, fact, 1), (kept, arrived) -> new Newest(
                    arrived.fact().version() > kept.fact().version() ? arrived.event() : kept.event(),
                    arrived.fact().version() > kept.fact().version() ? arrived.fact() : kept.fact(),
                    kept.events() + 1));
        }
        return newest;
    }

    private static String key(FactRecord fact) {
        return fact.entityType() + "/" + fact.entityId();
    }

    private record Evaluation(String departmentCode, int fiscalYear) {
    }

    /** An entity's newest fact in a batch, the event that carried it and how many events of the batch were about it. */
    private record Newest(InboundEvent event, FactRecord fact, long events) {
    }

    private static FactRecord toFact(FactEventType type, JsonNode data) {
        String id = requiredText(data, "id");
        String department = requiredText(data, "departmentCode");
        JsonNode year = data.get("fiscalYear");
        JsonNode version = data.get("version");
        if (year == null || !year.canConvertToInt() || version == null || !version.canConvertToLong()) {
            throw new PoisonMessageException(type.entityType() + " event without an integer fiscalYear and version");
        }
        return new FactRecord(type.entityType(), id, department, year.intValue(), version.longValue(),
                type.tombstone(), data);
    }

    private static String requiredText(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new PoisonMessageException("Event data without '" + field + "'");
        }
        return value.asText();
    }
}
