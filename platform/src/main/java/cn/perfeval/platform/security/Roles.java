package cn.perfeval.platform.security;

import java.util.Set;

/** The roles a token can carry, as a JSON array in its {@value #GROUPS_CLAIM} claim. */
public final class Roles {

    /** Department staff: their own department's goals, indicators, actuals and narrative. */
    public static final String DEPARTMENT_EDITOR = "department-editor";
    /** An agency ERP: its own departments' ledgers, budget facts and procurement records. */
    public static final String ERP_INTEGRATION = "erp-integration";
    /** The finance bureau: reads every department, records judgements, publishes reports. */
    public static final String BUREAU_REVIEWER = "bureau-reviewer";
    /** Operators: schemes, calendars, replays; reads every department, writes no department's data. */
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(DEPARTMENT_EDITOR, ERP_INTEGRATION, BUREAU_REVIEWER, ADMIN);

    /** Roles that act on every department, whatever the token's departments claim says. */
    public static final Set<String> SPANNING_DEPARTMENTS = Set.of(BUREAU_REVIEWER, ADMIN);

    /** The claim listing the roles; only a JSON array of strings counts. */
    public static final String GROUPS_CLAIM = "groups";
    /** The claim listing the department codes a caller may touch. */
    public static final String DEPARTMENTS_CLAIM = "departments";

    private Roles() {
    }
}
