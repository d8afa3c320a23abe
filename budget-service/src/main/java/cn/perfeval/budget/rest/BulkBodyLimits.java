package cn.perfeval.budget.rest;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two body limits instead of one. {@code quarkus.http.limits.max-body-size} is raised to the bulk limit because
 * the ERP bulk endpoints stream their body (100,000 lines are never held in memory whole); every other endpoint
 * binds its body into objects and keeps the ordinary limit, enforced here: from Content-Length up front, and for
 * chunked bodies by lowering the per-request limit Quarkus checks while reading (its key
 * {@value #QUARKUS_MAX_REQUEST_SIZE_KEY}, set by its upload-limit route at order -2, which this route follows).
 */
@Singleton
public class BulkBodyLimits {

    static final String QUARKUS_MAX_REQUEST_SIZE_KEY = "io.quarkus.max-request-size";
    /** The streamed endpoint: ERP expenditure pushes. */
    private static final Pattern BULK_PATHS = Pattern.compile(
            "/api/v1/departments/[^/]+/years/[^/]+/budget/expenditures/?");

    private final long ordinaryLimit;

    BulkBodyLimits(@ConfigProperty(name = "budget.http.ordinary-max-body-size", defaultValue = "10M") MemorySize limit) {
        this.ordinaryLimit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-1).handler(this::limitOrdinaryRequests);
    }

    private void limitOrdinaryRequests(RoutingContext ctx) {
        if (BULK_PATHS.matcher(ctx.normalizedPath()).matches()) {
            ctx.next();
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > ordinaryLimit) {
            ctx.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end("{\"type\":\"" + ProblemType.PAYLOAD_TOO_LARGE.uri() + "\",\"title\":\""
                            + ProblemType.PAYLOAD_TOO_LARGE.title() + "\",\"status\":413,\"detail\":\"The body exceeds "
                            + ordinaryLimit + " bytes; only the bulk endpoints accept more\"}");
            return;
        }
        ctx.put(QUARKUS_MAX_REQUEST_SIZE_KEY, ordinaryLimit);
        ctx.next();
    }

    private static long declaredLength(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
