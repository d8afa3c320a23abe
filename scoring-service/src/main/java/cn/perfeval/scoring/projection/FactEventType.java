package cn.perfeval.scoring.projection;

import java.util.Map;

/** The event types the projection understands, and the entity type each one carries. */
public record FactEventType(String entityType, boolean tombstone) {

    public static final String INDICATOR = "indicator";
    public static final String DEPARTMENT = "department";
    public static final String EVALUATION = "evaluation";
    public static final String BUDGET_FACTS = "budget-facts";
    public static final String PROCUREMENT_FACTS = "procurement-facts";
    /** budget-service's execution pace, read by monitoring rounds only (docs/monitoring.md); not scored. */
    public static final String BUDGET_PACE = "budget-pace";

    private static final Map<String, FactEventType> KNOWN = Map.of(
            "cn.perfeval.indicator.indicator.changed", new FactEventType(INDICATOR, false),
            "cn.perfeval.indicator.indicator.deleted", new FactEventType(INDICATOR, true),
            "cn.perfeval.indicator.department.changed", new FactEventType(DEPARTMENT, false),
            "cn.perfeval.indicator.evaluation.changed", new FactEventType(EVALUATION, false),
            "cn.perfeval.budget.scoring-facts.changed", new FactEventType(BUDGET_FACTS, false),
            "cn.perfeval.budget.procurement-facts.changed", new FactEventType(PROCUREMENT_FACTS, false),
            "cn.perfeval.budget.execution-pace.changed", new FactEventType(BUDGET_PACE, false));

    /** The projection's view of a CloudEvents type, or null for types it does not use. */
    public static FactEventType of(String cloudEventType) {
        return KNOWN.get(cloudEventType);
    }
}
