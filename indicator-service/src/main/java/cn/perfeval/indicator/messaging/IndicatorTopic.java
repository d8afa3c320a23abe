package cn.perfeval.indicator.messaging;

import java.net.URI;

/**
 * The topic this service publishes on, its CloudEvents types and their JSON Schemas. Each package publishes its own
 * entity's events (tree/IndicatorEvents, department/DepartmentEvents, goals/GoalsEvents) under these names, so the
 * packages depend on this vocabulary and never on each other's publishers.
 */
public final class IndicatorTopic {

    public static final String TOPIC = "indicator-events";
    public static final String INDICATOR_CHANGED = "cn.perfeval.indicator.indicator.changed";
    public static final String INDICATOR_DELETED = "cn.perfeval.indicator.indicator.deleted";
    public static final String DEPARTMENT_CHANGED = "cn.perfeval.indicator.department.changed";
    public static final String EVALUATION_CHANGED = "cn.perfeval.indicator.evaluation.changed";
    public static final URI INDICATOR_SCHEMA = URI.create("/schemas/indicator-v1.json");
    public static final URI DEPARTMENT_SCHEMA = URI.create("/schemas/department-v1.json");
    public static final URI EVALUATION_SCHEMA = URI.create("/schemas/evaluation-v1.json");

    private IndicatorTopic() {
    }
}
