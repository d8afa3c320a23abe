package cn.perfeval.platform.problem;

import cn.perfeval.platform.correlation.Correlation;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Builds problem+json responses; the single place where a problem becomes HTTP. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, List<Problem.FieldError> errors, String path) {
        return of(type, type.status(), detail, errors, path);
    }

    public static Response of(ProblemType type, int status, String detail, List<Problem.FieldError> errors, String path) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail, instance(path), Correlation.current(),
                errors);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    /**
     * The request's path as the problem's {@code instance}, percent-encoded: a path may hold anything a client sent
     * (a space, a NUL byte), and the problem about it must still be written.
     */
    private static URI instance(String path) {
        if (path == null) {
            return null;
        }
        try {
            return new URI(null, null, path, null);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
