package cn.perfeval.scoring.messaging;

import java.util.Map;

/** The event types the projection understands, and the entity type each one carries. */
public record FactEventType(String entityType, boolean tombstone) {

    private static final Map<String, FactEventType> KNOWN = Map.of(
            "cn.perfeval.indicator.indicator.changed", new FactEventType("indicator", false),
            "cn.perfeval.indicator.indicator.deleted", new FactEventType("indicator", true));

    /** The projection's view of a CloudEvents type, or null for types it does not use. */
    public static FactEventType of(String cloudEventType) {
        return KNOWN.get(cloudEventType);
    }
}
