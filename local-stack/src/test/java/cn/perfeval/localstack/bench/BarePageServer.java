package cn.perfeval.localstack.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The floor of {@code local-stack/bench/public-page.sh}: a bare Vert.x HTTP server answering every request with the
 * bytes and headers the report-service's public page answered, from memory. It runs on the Vert.x the service
 * itself runs (the script puts the service's jars on the class path) with as many event loops as Quarkus starts
 * (two per core), so the ratio of the two throughputs is what the service's own work costs.
 *
 * <pre>java [the service's JVM flags] -cp 'report-service/target/quarkus-app/lib/main/*' \
 *     local-stack/src/test/java/cn/perfeval/localstack/bench/BarePageServer.java PORT BODY_FILE HEADER_FILE</pre>
 *
 * HEADER_FILE is what {@code curl -D} wrote for the page; its status line and the headers the server sets itself
 * (length, date, connection) are left out.
 */
public final class BarePageServer {

    private static final Set<String> SET_BY_THE_SERVER = Set.of("content-length", "date", "connection",
            "transfer-encoding");

    private BarePageServer() {
    }

    public static void main(String[] arguments) throws IOException {
        int port = Integer.parseInt(arguments[0]);
        Buffer body = Buffer.buffer(Files.readAllBytes(Path.of(arguments[1])));
        List<Map.Entry<String, String>> headers = headers(Path.of(arguments[2]));
        int eventLoops = VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE;
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        vertx.deployVerticle(() -> new PageVerticle(port, body, headers), new DeploymentOptions().setInstances(eventLoops))
                .onSuccess(id -> System.out.println("BarePageServer: " + body.length() + " bytes on port " + port
                        + ", " + eventLoops + " event loops"))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    private static List<Map.Entry<String, String>> headers(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .filter(line -> line.indexOf(':') > 0 && !line.startsWith("HTTP/"))
                .map(line -> Map.entry(line.substring(0, line.indexOf(':')).trim(),
                        line.substring(line.indexOf(':') + 1).trim()))
                .filter(header -> !SET_BY_THE_SERVER.contains(header.getKey().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** One per event loop, all listening on the same port (Vert.x spreads the connections over them). */
    private static final class PageVerticle extends AbstractVerticle {

        private final int port;
        private final Buffer body;
        private final List<Map.Entry<String, String>> headers;

        PageVerticle(int port, Buffer body, List<Map.Entry<String, String>> headers) {
            this.port = port;
            this.body = body;
            this.headers = headers;
        }

        @Override
        public void start(io.vertx.core.Promise<Void> started) {
            vertx.createHttpServer().requestHandler(request -> {
                var response = request.response();
                headers.forEach(header -> response.putHeader(header.getKey(), header.getValue()));
                response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length())).end(body);
            }).listen(port, "127.0.0.1").<Void>mapEmpty().onComplete(started);
        }
    }
}
