package cn.perfeval.platform.correlation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Starts the correlation scope of each HTTP request and returns the id to the caller. */
public class CorrelationIdFilters {

    @ServerRequestFilter(preMatching = true)
    public void begin(ContainerRequestContext request) {
        Correlation.begin(request.getHeaderString(Correlation.HEADER));
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        String id = Correlation.current();
        if (id != null) {
            response.getHeaders().putSingle(Correlation.HEADER, id);
        }
    }
}
