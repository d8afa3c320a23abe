package cn.perfeval.platform.events.inbound;

import cn.perfeval.platform.correlation.Correlation;
import cn.perfeval.platform.events.CloudEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads CloudEvents from Kafka records and binds their correlation id to the current log context. */
@ApplicationScoped
public class InboundEvents {

    private final ObjectMapper mapper;

    public InboundEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Parses the record; anything unreadable is a {@link PoisonMessageException}. */
    public InboundEvent read(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(Correlation.KAFKA_HEADER);
        String correlationId = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        Correlation.begin(correlationId);
        if (record.value() == null) {
            throw new PoisonMessageException("Empty record at " + where(record));
        }
        CloudEvent envelope;
        try {
            envelope = mapper.readValue(record.value(), CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("Not a CloudEvents JSON document at " + where(record), e);
        }
        if (envelope.type() == null || envelope.id() == null || envelope.data() == null || envelope.data().isNull()) {
            throw new PoisonMessageException("CloudEvent without id, type or data at " + where(record));
        }
        return new InboundEvent(envelope, record.topic(), record.partition(), record.offset(), correlationId);
    }

    /** Binds the event's data to a payload record; a shape mismatch is poison, not a retryable failure. */
    public <T> T dataAs(InboundEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessageException("Data of " + event.type() + " at " + event.topic() + "/"
                    + event.partition() + "@" + event.offset() + " does not fit " + type.getSimpleName(), e);
        }
    }

    private static String where(ConsumerRecord<String, String> record) {
        return record.topic() + "/" + record.partition() + "@" + record.offset();
    }
}
