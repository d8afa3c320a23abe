package cn.perfeval.budget.rest;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.platform.rest.RequestBodyChecks;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * Two body limits instead of one. {@code quarkus.http.limits.max-body-size} is raised to the bulk limit because
 * the ERP bulk endpoint streams its body (100,000 lines are never held in memory whole); every other endpoint
 * binds its body into objects and keeps the ordinary limit, enforced here by reading its body up to that limit
 * before the REST layer sees it: a declared Content-Length above it is refused before anything is read, a chunked
 * body as soon as it passes it, both with a 413 problem. (Left to the REST layer, a chunked body over a lowered
 * limit got an empty 413 and an error in the log instead.) Such bodies are bound whole anyway, so holding their
 * bytes first costs at most the ordinary limit per request.
 *
 * <p>Over HTTP/2 the body cannot be read ahead of the REST layer: Quarkus REST pauses every request it receives,
 * and Vert.x refuses to pause an HTTP/2 request that has ended (quarkusio/quarkus#34393; HTTP/1 ignores it), so
 * every such request failed with a 500. HTTP/2 requests are held to the ordinary limit by their declared length;
 * one streamed without a length is held to the bulk limit only, as before this class read bodies.
 */
@Singleton
public class BulkBodyLimits {

    /** The streamed endpoint: ERP expenditure pushes. */
    private static final Pattern BULK_PATHS = Pattern.compile(
            "/api/v1/departments/[^/]+/years/[^/]+/budget/expenditures/?");

    private final long ordinaryLimit;
    private final BodyHandler ordinaryBodies;

    BulkBodyLimits(BodyLimitsConfig config) {
        this.ordinaryLimit = config.ordinaryMaxBodySize().asLongValue();
        this.ordinaryBodies = BodyHandler.create(false).setBodyLimit(ordinaryLimit);
    }

    void install(@Observes Router router) {
        router.route().order(-1).handler(this::limitOrdinaryRequests).failureHandler(this::tooLarge);
    }

    private void limitOrdinaryRequests(RoutingContext ctx) {
        if (BULK_PATHS.matcher(ctx.normalizedPath()).matches() || RequestBodyChecks.hasNoBody(ctx.request())) {
            // Without a body there is nothing to read; waiting for one held a worker for 60 s (issue 13).
            ctx.next();
        } else if (ctx.request().version() == HttpVersion.HTTP_2) {
            limitByDeclaredLength(ctx);
        } else {
            ordinaryBodies.handle(ctx);
        }
    }

    private void limitByDeclaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > ordinaryLimit) {
            ctx.fail(413);
        } else {
            ctx.next();
        }
    }

    /** The body handler fails the request with 413 past the limit; every other failure goes on as before. */
    private void tooLarge(RoutingContext ctx) {
        if (ctx.statusCode() != 413 || ctx.response().ended()) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end("{\"type\":\"" + ProblemType.PAYLOAD_TOO_LARGE.uri() + "\",\"title\":\""
                        + ProblemType.PAYLOAD_TOO_LARGE.title() + "\",\"status\":413,\"detail\":\"The body exceeds "
                        + ordinaryLimit + " bytes; only the bulk endpoints accept more\"}");
    }
}
