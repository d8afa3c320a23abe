package cn.perfeval.platform.events;

import java.net.URI;
import java.util.Objects;

/**
 * What a service asks to publish: the topic, the CloudEvents type and schema, the evaluation it belongs to (which
 * becomes the Kafka key, keeping one evaluation's events in order on one partition) and the full new state.
 * {@code fiscalYear} is {@code null} only for an event of the department rather than of one year (an audit entry).
 */
public record OutgoingEvent(
        String topic,
        String type,
        URI dataschema,
        String departmentCode,
        Integer fiscalYear,
        String subject,
        Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(data, "data");
    }

    /** The partition key: {@code departmentCode:fiscalYear} ({@code departmentCode:} for the department's own). */
    public String key() {
        return departmentCode + ":" + (fiscalYear == null ? "" : fiscalYear);
    }
}
