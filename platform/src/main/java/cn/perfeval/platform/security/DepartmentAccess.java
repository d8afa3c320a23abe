package cn.perfeval.platform.security;

import cn.perfeval.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one rule for department scoping: editors and ERP clients read and write only the departments named in
 * their token's {@value Roles#DEPARTMENTS_CLAIM} claim; reviewers read every department; admins do anything.
 * Resources call it before touching a department's data, so no caller reaches another department's rows.
 */
@RequestScoped
public class DepartmentAccess {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public DepartmentAccess(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public void requireRead(String departmentCode) {
        if (identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.BUREAU_REVIEWER)) {
            return;
        }
        requireOwnDepartment(departmentCode);
    }

    public void requireWrite(String departmentCode) {
        if (identity.hasRole(Roles.ADMIN)) {
            return;
        }
        if (!identity.hasRole(Roles.DEPARTMENT_EDITOR) && !identity.hasRole(Roles.ERP_INTEGRATION)) {
            throw ProblemException.forbidden("Writing department data needs the role "
                    + Roles.DEPARTMENT_EDITOR + " or " + Roles.ERP_INTEGRATION);
        }
        requireOwnDepartment(departmentCode);
    }

    /** Who is acting, for audit columns and evidence records. */
    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean canReadAllDepartments() {
        return identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.BUREAU_REVIEWER);
    }

    public Set<String> departments() {
        Object claim = token.getClaim(Roles.DEPARTMENTS_CLAIM);
        if (claim instanceof JsonArray array) {
            return array.stream()
                    .filter(JsonString.class::isInstance)
                    .map(value -> ((JsonString) value).getString())
                    .collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof Set<?> set) {
            return set.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    private void requireOwnDepartment(String departmentCode) {
        if (!departments().contains(departmentCode)) {
            throw ProblemException.forbidden("This token is not allowed to access department " + departmentCode);
        }
    }
}
