package cn.perfeval.platform.security;

/** The roles a token can carry (in its {@code groups} claim). */
public final class Roles {

    /** Department staff: write their own department's targets, actuals, narrative. */
    public static final String DEPARTMENT_EDITOR = "department-editor";
    /** An agency ERP pushing line items for its own departments. */
    public static final String ERP_INTEGRATION = "erp-integration";
    /** The finance bureau: reads every department, records judgements. */
    public static final String BUREAU_REVIEWER = "bureau-reviewer";
    /** Operators: schemes, calendars, replays. */
    public static final String ADMIN = "admin";

    /** The claim listing the department codes a caller may touch. */
    public static final String DEPARTMENTS_CLAIM = "departments";

    private Roles() {
    }
}
