package cn.perfeval.platform.security;

import java.util.Set;

/**
 * One row of the access matrix: which roles may call an operation (named by its OpenAPI operationId, the resource
 * method's name) and which departments it reaches.
 */
public record AccessRule(String operationId, AccessScope scope, Set<String> roles) {

    public AccessRule {
        roles = Set.copyOf(roles);
    }

    /** Whether a caller (with a valid token or none) with these roles and departments may call it for {@code department}. */
    public boolean admits(boolean authenticated, Set<String> callerRoles, Set<String> callerDepartments, String department) {
        return scope == AccessScope.PUBLIC || authenticated && allows(callerRoles, callerDepartments, department);
    }

    /** Whether a caller with these roles and departments may call the operation for {@code department}. */
    public boolean allows(Set<String> callerRoles, Set<String> callerDepartments, String department) {
        return callerRoles.stream().filter(roles::contains)
                .anyMatch(role -> reaches(role, callerDepartments, department));
    }

    private boolean reaches(String role, Set<String> callerDepartments, String department) {
        if (scope != AccessScope.OWN_DEPARTMENT || Roles.SPANNING_DEPARTMENTS.contains(role)) {
            return true;
        }
        return department != null && callerDepartments.contains(department);
    }
}
