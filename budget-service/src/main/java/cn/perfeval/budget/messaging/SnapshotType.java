package cn.perfeval.budget.messaging;

import java.net.URI;

/**
 * The snapshots this service publishes, each with its topic, CloudEvents type and JSON Schema. Two share
 * budget-events, so a snapshot is known by its type (the key of its last publication in fact_snapshot).
 */
public enum SnapshotType {
    BUDGET_FACTS("budget-events", "cn.perfeval.budget.scoring-facts.changed", "/schemas/budget-scoring-facts-v1.json"),
    PROCUREMENT_FACTS("procurement-events", "cn.perfeval.budget.procurement-facts.changed",
            "/schemas/procurement-facts-v1.json"),
    EXECUTION_PACE("budget-events", "cn.perfeval.budget.execution-pace.changed",
            "/schemas/budget-execution-pace-v1.json");

    private final String topic;
    private final String type;
    private final URI schema;

    SnapshotType(String topic, String type, String schema) {
        this.topic = topic;
        this.type = type;
        this.schema = URI.create(schema);
    }

    public String topic() {
        return topic;
    }

    public String type() {
        return type;
    }

    public URI schema() {
        return schema;
    }
}
