package cn.perfeval.platform.events.outbox;

import cn.perfeval.platform.concurrency.AfterCommit;
import cn.perfeval.platform.correlation.Correlation;
import cn.perfeval.platform.events.CloudEvent;
import cn.perfeval.platform.events.OutgoingEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The only way services publish: the event becomes an outbox row in the caller's transaction, and the relay is
 * woken the moment that transaction commits (low latency), with its poll as the backstop.
 */
@ApplicationScoped
public class EventPublisher {

    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final URI source;

    public EventPublisher(ObjectMapper mapper, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
        this.source = URI.create("/" + applicationName);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(OutgoingEvent event) {
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
        row.correlationId = correlationId;
        row.createdAt = envelope.time();
        row.persist();

        AfterCommit.run(transactions, relay::wakeUp);
        return id;
    }

    private String toJson(CloudEvent envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data is not serialisable: " + envelope.type(), e);
        }
    }
}
