package cn.perfeval.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The operationId of the REST request being served (the resource method's name, as in the access matrix), taken
 * before the method runs, so the audit trail names the operation without every write passing it along.
 */
@RequestScoped
public class CurrentOperation {

    private String operationId;

    String operationId() {
        return operationId;
    }

    /** Runs after the access check: a refused request never reaches a write. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
    public void remember(SimpleResourceInfo resource) {
        operationId = resource.getMethodName();
    }
}
