package cn.perfeval.platform.events.outbox;

import cn.perfeval.platform.concurrency.AfterCommit;
import cn.perfeval.platform.correlation.Correlation;
import cn.perfeval.platform.events.CloudEvent;
import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.ServiceName;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The only way services publish: the event becomes an outbox row in the caller's transaction, and the relay is
 * woken the moment that transaction commits (low latency), with its poll as the backstop.
 *
 * <p>An event larger than {@code perfeval.outbox.max-event-bytes} is refused here, in the write's own transaction,
 * with a 413 problem that rolls the write back: accepted, it could never be sent (the relay's producer refuses
 * records over that size plus a margin, the broker over 1 MB), so the evaluation's score would silently stay stale.
 */
@ApplicationScoped
public class EventPublisher {

    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final URI source;
    private final int maxEventBytes;
    private final OutboxBatchWriter outboxWriter;

    public EventPublisher(ObjectMapper mapper, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            OutboxBatchWriter outboxWriter, ServiceName service, OutboxConfig config) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
        this.source = URI.create("/" + service.name());
        this.maxEventBytes = config.maxEventBytes();
        this.outboxWriter = outboxWriter;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(OutgoingEvent event) {
        OutboxEvent row = toRow(event);
        row.persist();
        AfterCommit.run(transactions, relay::wakeUp);
        return row.eventId;
    }

    /**
     * Publishes many events of one write at once, in list order: the same outbox rows as {@link #publish} for each,
     * written as one JDBC batch instead of one statement per row, and the relay woken once after the commit. For
     * bulk writes (an imported table), whose events would otherwise cost a round trip each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<OutgoingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<OutboxEvent> rows = events.stream().map(this::toRow).toList();
        outboxWriter.insert(rows);
        AfterCommit.run(transactions, relay::wakeUp);
    }

    private OutboxEvent toRow(OutgoingEvent event) {
        UUID id = UUID.randomUUID();
        String correlationId = Correlation.currentOrNew();
        CloudEvent envelope = new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), source, event.type(),
                event.subject(), OffsetDateTime.now(ZoneOffset.UTC), CloudEvent.JSON, event.dataschema(),
                correlationId, mapper.valueToTree(event.data()));

        OutboxEvent row = new OutboxEvent();
        row.eventId = id;
        row.topic = event.topic();
        row.eventKey = event.key();
        row.eventType = event.type();
        row.payload = toJson(envelope);
        refuseOversized(row);
        row.correlationId = correlationId;
        row.createdAt = envelope.time();
        return row;
    }

    private void refuseOversized(OutboxEvent row) {
        int bytes = row.payload.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxEventBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "This change would make the " + row.eventType
                    + " event of " + row.eventKey + " " + bytes + " bytes long; at most " + maxEventBytes
                    + " bytes can be published, so nothing was stored. Shorten the texts or lists.");
        }
    }

    private String toJson(CloudEvent envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data is not serialisable: " + envelope.type(), e);
        }
    }
}
