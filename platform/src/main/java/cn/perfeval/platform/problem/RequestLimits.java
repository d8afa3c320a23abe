package cn.perfeval.platform.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Oversized bodies are refused by Vert.x before any JAX-RS code runs, with an empty 413. This router hook
 * answers them with a problem document instead: early, from Content-Length, and as the 413 error handler for
 * chunked bodies that grow past the limit.
 */
@Singleton
public class RequestLimits {

    private final long maxBodyBytes;

    RequestLimits(BodyLimit limit) {
        this.maxBodyBytes = limit.maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::rejectDeclaredOversize);
        router.errorHandler(413, ctx -> tooLarge(ctx));
    }

    private void rejectDeclaredOversize(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            tooLarge(ctx);
        } else {
            ctx.next();
        }
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void tooLarge(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        String body = "{\"type\":\"" + ProblemType.PAYLOAD_TOO_LARGE.uri() + "\",\"title\":\""
                + ProblemType.PAYLOAD_TOO_LARGE.title() + "\",\"status\":413,\"detail\":\"The body exceeds "
                + maxBodyBytes + " bytes\"}";
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
