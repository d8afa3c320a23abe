package cn.perfeval.platform.security;

import cn.perfeval.platform.problem.ProblemException;
import io.quarkus.runtime.Startup;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.UriInfo;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The one place where access is decided: before any resource method runs, the row of the service's
 * {@link AccessMatrix} for that method (its OpenAPI operationId) is checked against the caller's roles and the
 * {@code {dept}} of the path. Fails closed: an operation without a row is refused to everybody.
 */
@Startup
@Singleton
public class AccessFilter {

    private final AccessMatrix matrix = AccessMatrix.ofService();
    private final Caller caller;

    public AccessFilter(Caller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void authorize(SimpleResourceInfo resource, UriInfo uri) {
        String operation = resource.getMethodName();
        AccessRule rule = matrix.rule(operation).orElseThrow(() -> ProblemException.forbidden(
                "Operation " + operation + " has no row in the access matrix, so nobody may call it"));
        if (rule.scope() == AccessScope.PUBLIC) {
            return;
        }
        if (!caller.authenticated()) {
            throw new UnauthorizedException();
        }
        String department = uri.getPathParameters().getFirst("dept");
        if (!rule.allows(caller.roles(), caller.departments(), department)) {
            throw ProblemException.forbidden(refusal(rule));
        }
    }

    /** What the operation needs and what the token has; the path's department is not echoed (it may be hostile). */
    private String refusal(AccessRule rule) {
        String needed = rule.operationId() + " needs one of the roles " + new TreeSet<>(rule.roles());
        if (rule.scope() == AccessScope.OWN_DEPARTMENT) {
            needed += " with the path's department in the token's " + Roles.DEPARTMENTS_CLAIM + " claim (not needed by "
                    + new TreeSet<>(Roles.SPANNING_DEPARTMENTS) + ")";
        }
        return needed + "; this token has the roles " + new TreeSet<>(caller.roles()) + " and the departments "
                + new TreeSet<>(caller.departments());
    }
}
