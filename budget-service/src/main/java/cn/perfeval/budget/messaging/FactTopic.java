package cn.perfeval.budget.messaging;

import java.net.URI;

/** The two fact streams this service publishes, each with its CloudEvents type and JSON Schema. */
public enum FactTopic {
    BUDGET("budget-events", "cn.perfeval.budget.scoring-facts.changed", "/schemas/budget-scoring-facts-v1.json"),
    PROCUREMENT("procurement-events", "cn.perfeval.budget.procurement-facts.changed",
            "/schemas/procurement-facts-v1.json");

    private final String topic;
    private final String type;
    private final URI schema;

    FactTopic(String topic, String type, String schema) {
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
