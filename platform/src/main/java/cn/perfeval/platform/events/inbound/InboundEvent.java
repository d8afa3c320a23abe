package cn.perfeval.platform.events.inbound;

import cn.perfeval.platform.events.CloudEvent;
import com.fasterxml.jackson.databind.JsonNode;

/** A received event: its envelope plus where it came from on the broker (for logs and dead letters). */
public record InboundEvent(CloudEvent envelope, String topic, int partition, long offset) {

    public String type() {
        return envelope.type();
    }

    public JsonNode data() {
        return envelope.data();
    }
}
