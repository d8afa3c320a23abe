package cn.perfeval.scoring.messaging;

import cn.perfeval.platform.events.inbound.InboundEvent;
import cn.perfeval.platform.events.inbound.InboundEvents;
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
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Projects the facts other services publish. Each event carries its entity's full state and version; the
 * projection keeps the newest version only, and the evaluation it belongs to is queued for a recompute in the same
 * transaction. An unreadable event is poison: it fails, and the channel's dead-letter strategy moves it aside; a
 * database that is away is waited for instead ({@link TransientFailures}).
 */
@ApplicationScoped
public class FactEventsConsumer {

    private static final Logger LOG = Logger.getLogger(FactEventsConsumer.class);

    private final InboundEvents inbound;
    private final ProjectionStore projection;
    private final PendingRecomputes pending;
    private final FactsAssembler assembler;

    public FactEventsConsumer(InboundEvents inbound, ProjectionStore projection, PendingRecomputes pending,
            FactsAssembler assembler) {
        this.inbound = inbound;
        this.projection = projection;
        this.pending = pending;
        this.assembler = assembler;
    }

    /** The topics the projection is built from; a rebuild replays exactly these. */
    public static final java.util.List<String> TOPICS = java.util.List.of("indicator-events", "budget-events",
            "procurement-events");

    @Incoming("indicator-events")
    @Blocking
    public void onIndicatorEvent(ConsumerRecord<String, String> record) {
        applyUntilCommitted(record);
    }

    @Incoming("budget-events")
    @Blocking
    public void onBudgetEvent(ConsumerRecord<String, String> record) {
        applyUntilCommitted(record);
    }

    @Incoming("procurement-events")
    @Blocking
    public void onProcurementEvent(ConsumerRecord<String, String> record) {
        applyUntilCommitted(record);
    }

    /** In a transaction of its own, waiting out a database that is away ({@link TransientFailures}). */
    private void applyUntilCommitted(ConsumerRecord<String, String> record) {
        TransientFailures.retryUntilCommitted("event at " + record.topic() + "/" + record.partition() + "@"
                + record.offset(), () -> apply(inbound.read(record)));
    }

    /** Applies one event to the projection; the caller's transaction. Also used by the projection rebuild. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(InboundEvent event) {
        FactEventType type = FactEventType.of(event.type());
        if (type == null) {
            LOG.debugf("Ignoring event type %s", event.type());
            return;
        }
        FactRecord fact = toFact(type, event.data());
        if (!fact.deleted()) {
            assembler.check(fact);
        }
        if (projection.upsert(fact, event.envelope().id())) {
            pending.request(fact.departmentCode(), fact.fiscalYear());
        } else {
            LOG.debugf("Event %s carries %s %s v%d, not newer than the projection: ignored", event.envelope().id(),
                    fact.entityType(), fact.entityId(), fact.version());
        }
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
