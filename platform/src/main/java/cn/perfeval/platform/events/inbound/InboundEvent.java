package cn.perfeval.platform.events.inbound;

import cn.perfeval.platform.events.CloudEvent;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A received event: its envelope, where it came from on the broker (for logs and dead letters) and the correlation
 * id its record carried (null if none), which a batch consumer binds again when it acts on this event.
 */
public record InboundEvent(CloudEvent envelope, String topic, int partition, long offset, String correlationId) {

    public String type() {
        return envelope.type();
    }

    public JsonNode data() {
        return envelope.data();
    }

    public String id() {
        return envelope.id();
    }

    /** Where the event was read, for log lines and problem details. */
    public String where() {
        return topic + "/" + partition + "@" + offset;
    }
}
