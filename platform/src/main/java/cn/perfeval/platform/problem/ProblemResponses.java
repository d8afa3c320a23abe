package cn.perfeval.platform.problem;

import cn.perfeval.platform.correlation.Correlation;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Builds problem+json responses; the single place where a problem becomes HTTP. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, List<Problem.FieldError> errors, String path) {
        return of(type, type.status(), detail, errors, path);
    }

    public static Response of(ProblemType type, int status, String detail, List<Problem.FieldError> errors, String path) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail,
                path == null ? null : URI.create(path.replace(" ", "%20")), Correlation.current(), errors);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
