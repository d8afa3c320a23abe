package cn.perfeval.platform.problem;

import cn.perfeval.platform.correlation.Correlation;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses; the single place where a problem becomes HTTP. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, List<Problem.FieldError> errors, String path) {
        return of(type, type.status(), detail, errors, path);
    }

    public static Response of(ProblemType type, int status, String detail, List<Problem.FieldError> errors, String path) {
        return of(type, status, detail, errors, path, Map.of());
    }

    /** With extension members: the problem's own members first, then the extensions (which cannot replace them). */
    public static Response of(ProblemType type, int status, String detail, List<Problem.FieldError> errors, String path,
            Map<String, Object> extensions) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail, instance(path), Correlation.current(),
                errors);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(extensions.isEmpty() ? problem : withExtensions(problem, extensions))
                .build();
    }

    private static Map<String, Object> withExtensions(Problem problem, Map<String, Object> extensions) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", problem.type());
        document.put("title", problem.title());
        document.put("status", problem.status());
        document.put("detail", problem.detail());
        putIfPresent(document, "instance", problem.instance());
        putIfPresent(document, "correlationId", problem.correlationId());
        if (!problem.errors().isEmpty()) {
            document.put("errors", problem.errors());
        }
        extensions.forEach(document::putIfAbsent);
        return document;
    }

    private static void putIfPresent(Map<String, Object> document, String name, Object value) {
        if (value != null) {
            document.put(name, value);
        }
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
