package cn.perfeval.workbench;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.concurrent.TimeUnit;

/**
 * The workbench's one origin: the built web app, the four services' APIs under {@code /services/<name>/} and, on
 * the local stack only, the development sign-in. The browser talks to nothing else, so no CORS is needed or sent.
 */
public final class Gateway implements AutoCloseable {

    /** The web app may use inline style attributes (Element Plus positions popups with them), nothing else inline. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    private final Vertx vertx;
    private final HttpServer server;

    private Gateway(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    /** Starts listening; fails (and releases what it made) when the port is taken or the key is unreadable. */
    public static Gateway start(GatewayConfig config) {
        Vertx vertx = Vertx.vertx();
        try {
            ServiceRoutes services = new ServiceRoutes(vertx, config.services());
            Router router = router(vertx, config);
            HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port()))
                    .requestHandler(request -> {
                        if (ServiceRoutes.matches(request)) {
                            services.handle(request);
                        } else {
                            router.handle(request);
                        }
                    })
                    .listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            return new Gateway(vertx, server);
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("The workbench gateway could not start on port " + config.port() + ": " + e.getMessage(), e);
        }
    }

    private static Router router(Vertx vertx, GatewayConfig config) {
        Router router = Router.router(vertx);
        router.route().handler(Gateway::securityHeaders);
        boolean devSignIn = config.devSigningKey().isPresent();
        router.get("/auth/config").handler(context -> context.json(new JsonObject().put("devSignIn", devSignIn)));
        config.devSigningKey().ifPresent(key -> {
            DevSignIn signIn = new DevSignIn(DevIssuer.fromKeyFile(key, config.devIssuer()));
            router.post(DevSignIn.PATH).handler(BodyHandler.create().setBodyLimit(4096)).handler(signIn::handle)
                    .failureHandler(DevSignIn::failed);
        });
        router.route().handler(StaticHandler.create(FileSystemAccess.ROOT, config.webRoot().toAbsolutePath().toString())
                .setCachingEnabled(false));
        return router;
    }

    private static void securityHeaders(RoutingContext context) {
        context.response()
                .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer");
        context.next();
    }

    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** {@code java -cp workbench.jar:lib/* cn.perfeval.workbench.Gateway}, configured by environment variables. */
    public static void main(String[] args) {
        Gateway gateway = start(GatewayConfig.fromEnvironment(System.getenv()));
        System.out.println("Workbench gateway listening on port " + gateway.port());
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::close, "gateway-shutdown"));
    }
}
