package cn.perfeval.platform.problem;

import java.net.URI;

/** The problem types every service shares; each has a stable URI clients can switch on. */
public enum ProblemType {
    VALIDATION("validation", "Request validation failed", 400),
    MALFORMED_REQUEST("malformed-request", "The request body could not be read", 400),
    UNAUTHENTICATED("unauthenticated", "A valid bearer token is required", 401),
    FORBIDDEN("forbidden", "The caller may not perform this operation", 403),
    NOT_FOUND("not-found", "Resource not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", 406),
    CONFLICT("conflict", "The request conflicts with the current state", 409),
    EVALUATION_LOCKED("evaluation-locked", "The evaluation's facts cannot be changed in its current state", 409),
    PRECONDITION_FAILED("precondition-failed", "The resource changed since it was read", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    UNPROCESSABLE("unprocessable", "The request is well-formed but cannot be applied", 422),
    PRECONDITION_REQUIRED("precondition-required", "An If-Match header is required", 428),
    SERVICE_UNAVAILABLE("service-unavailable", "The service cannot do this right now", 503),
    INTERNAL("internal", "Internal error", 500);

    private static final String BASE = "https://perfeval.cn/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public static ProblemType forStatus(int status) {
        if (status == 400) {
            return MALFORMED_REQUEST;
        }
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
