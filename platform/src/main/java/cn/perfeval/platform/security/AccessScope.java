package cn.perfeval.platform.security;

import java.util.Arrays;

/** Which departments an operation of the access matrix reaches, as written in its {@code scope} column. */
public enum AccessScope {

    /** No token needed (the public report). */
    PUBLIC("public"),
    /** Data of no particular department (schemes, calendars, the bureau's overview, replays). */
    ANY_DEPARTMENT("any-department"),
    /**
     * Data of the {@code {dept}} in the path: editors and ERP clients reach only the departments of their token's
     * {@value Roles#DEPARTMENTS_CLAIM} claim; reviewers and admins reach every department.
     */
    OWN_DEPARTMENT("own-department");

    private final String label;

    AccessScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static AccessScope ofLabel(String label) {
        return Arrays.stream(values()).filter(scope -> scope.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scope '" + label + "'"));
    }
}
