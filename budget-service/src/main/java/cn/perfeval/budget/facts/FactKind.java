package cn.perfeval.budget.facts;

/**
 * The kinds of input an evaluation collects. Each is stored as records of {@code fact_record} (a list kind, one
 * row per line) or as one document (a singleton kind), except {@link #EXPENDITURES}, which has its own table and
 * only a section version here. The entity type names the kind as a source in the published facts.
 */
public enum FactKind {
    APPROPRIATIONS("budget-appropriations", false),
    ADJUSTMENTS("budget-adjustments", false),
    PROJECTS("budget-projects", false),
    EXPENDITURES("budget-expenditures", false),
    CARRY_OVER("budget-carry-over-balances", false),
    MONTHLY_EXECUTION("budget-monthly-execution", false),
    PUBLIC_FUNDS_BUDGET("budget-public-funds-budget", true),
    THREE_PUBLIC("budget-three-public-expenses", true),
    BUREAU_EXECUTION_RATE("budget-bureau-execution-rate", true),
    DECLARED_TOTALS("budget-declared-totals", true),
    ASSETS("assets", true),
    INTENTIONS("procurement-intentions", false),
    AWARD_NOTICES("procurement-award-notices", false),
    CONTRACTS("procurement-contracts", false),
    COMPLAINTS("procurement-complaints", false),
    SME_RESERVATION("procurement-sme-reservation", true);

    /** The record id of a singleton kind's only row. */
    public static final String SINGLETON_ID = "-";

    private final String entityType;
    private final boolean singleton;

    FactKind(String entityType, boolean singleton) {
        this.entityType = entityType;
        this.singleton = singleton;
    }

    public String entityType() {
        return entityType;
    }

    public boolean singleton() {
        return singleton;
    }
}
