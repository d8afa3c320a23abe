package cn.perfeval.scoring.cycle;

import cn.perfeval.platform.correlation.Correlation;
import cn.perfeval.platform.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Writes a {@link TransitionRefusedException} as an RFC 9457 problem with its extension member. */
public class CycleProblemMapper {

    @ServerExceptionMapper
    public Response refused(TransitionRefusedException e, UriInfo uri) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", e.type().uri());
        problem.put("title", e.type().title());
        problem.put("status", e.type().status());
        problem.put("detail", e.getMessage());
        problem.put("instance", uri.getRequestUri().getRawPath());
        problem.put("correlationId", Correlation.current());
        problem.put(e.extension(), e.extensionValue());
        return Response.status(e.type().status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
