package cn.perfeval.platform.rest;

import cn.perfeval.platform.problem.ProblemResponses;
import cn.perfeval.platform.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An operation that takes a body gets one, with its type, or is refused before anything reads it (issue 13). An
 * empty body used to reach the body reader, which in budget-service waited 60 s for bytes that never came while
 * holding a worker thread; a body without Content-Type was read as JSON and applied. Now: no body, a 400 problem;
 * a body without Content-Type, a 415 problem. Operations without a body parameter are left alone.
 */
public class RequestBodyChecks {

    private final Map<Method, Boolean> takesBody = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> checkBody(ResourceInfo resource, HttpServerRequest request, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null || !takesBody.computeIfAbsent(method, RequestBodyChecks::hasBodyParameter)) {
            return Optional.empty();
        }
        if (hasNoBody(request)) {
            return Optional.of(ProblemResponses.of(ProblemType.MALFORMED_REQUEST,
                    "This operation needs a request body; none was sent", List.of(), uri.getPath()));
        }
        String type = request.getHeader("Content-Type");
        if (type == null || type.isBlank()) {
            return Optional.of(ProblemResponses.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send a Content-Type header naming the body's format (application/json unless the operation"
                            + " documents another)", List.of(), uri.getPath()));
        }
        return Optional.empty();
    }

    /** HTTP/1 sends a body only with a length or chunked; HTTP/2 may send one without declaring its length. */
    public static boolean hasNoBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length != null) {
            return "0".equals(length.trim());
        }
        return request.version() != HttpVersion.HTTP_2 && request.getHeader("Transfer-Encoding") == null;
    }

    /** A parameter bound from no part of the request line or headers (no JAX-RS annotation) is the body. */
    private static boolean hasBodyParameter(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(RequestBodyChecks::isBody);
    }

    private static boolean isBody(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).noneMatch(RequestBodyChecks::bindsFromTheRequest);
    }

    private static boolean bindsFromTheRequest(Annotation annotation) {
        String in = annotation.annotationType().getPackageName();
        return in.startsWith("jakarta.ws.rs") || in.startsWith("org.jboss.resteasy.reactive");
    }
}
