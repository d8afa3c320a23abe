package cn.perfeval.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: the Kafka record value is this whole document.
 * {@code correlationid} is a CloudEvents extension attribute carrying the correlation id of the causing request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        URI source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        URI dataschema,
        String correlationid,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
}
