package cn.perfeval.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway against four stand-in services (each answers with its name and what it received), over real HTTP. */
class GatewayTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private final Vertx upstreamVertx = Vertx.vertx();
    /** "service path authorization correlation-id" of every request the stand-ins received. */
    private final ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
    private Gateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        upstreamVertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void routesEachPrefixToItsServiceWithThePathAndHeadersAsSent() throws Exception {
        start(Optional.empty());
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/services/scoring/api/v1/departments/GZHPF/years/2023/scorecard?x=1"))
                .header("Authorization", "Bearer abc").header("X-Correlation-Id", "corr-1")
                .header("Origin", "https://elsewhere.example"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("scoring");
        assertThat(answer.headers().firstValue("ETag")).contains("\"7\"");
        assertThat(answer.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
        assertThat(received).containsExactly("scoring /api/v1/departments/GZHPF/years/2023/scorecard?x=1 Bearer abc corr-1");

        assertThat(send(HttpRequest.newBuilder(uri("/services/indicator/api/v1/departments"))).body()).isEqualTo("indicator");
        // the public report pages too: the workbench's report screen reads the diff between published versions there
        assertThat(send(HttpRequest.newBuilder(uri("/services/report/reports/GZHPF/2023/diff?from=1&to=2"))).body()).isEqualTo("report");
    }

    @Test
    void forwardsNothingButTheServicesApisAndRefusesAmbiguousPaths() throws Exception {
        start(Optional.empty());
        for (String path : List.of("/services/scoring/q/metrics", "/services/unknown/api/v1/x", "/services/scoring",
                "/services/report/schemas/x.json")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)));
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).contains(Problems.MEDIA_TYPE);
        }
        for (String path : List.of("/services/scoring/api/../q/metrics", "/services/scoring/api/%2e%2e/q/metrics",
                "/services/scoring/api//x", "/services/scoring/api/a%2Fb")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)));
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(new JsonObject(answer.body()).getInteger("status")).isEqualTo(400);
        }
        assertThat(received).isEmpty();
    }

    @Test
    void withoutADevelopmentKeyThereIsNoSignIn() throws Exception {
        start(Optional.empty());
        assertThat(new JsonObject(send(HttpRequest.newBuilder(uri("/auth/config"))).body()).getBoolean("devSignIn")).isFalse();
        HttpResponse<String> answer = send(post("{\"role\":\"admin\"}", "application/json"));
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("token");
    }

    @Test
    void developmentSignInMintsATokenTheServicesWouldAccept() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        start(Optional.of(Files.write(dir.resolve("dev-jwt-private.der"), keys.getPrivate().getEncoded())));

        HttpResponse<String> answer = send(post("{\"role\":\"department-editor\",\"department\":\"GZHPF\"}", "application/json"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
        JwtClaims claims = new JwtConsumerBuilder().setVerificationKey(keys.getPublic())
                .setExpectedIssuer(GatewayConfig.DEV_ISSUER).setRequireExpirationTime().build()
                .processToClaims(new JsonObject(answer.body()).getString("token"));
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("department-editor");
        assertThat(claims.getStringListClaimValue("departments")).containsExactly("GZHPF");

        JsonObject reviewer = new JsonObject(send(post("{\"role\":\"bureau-reviewer\",\"department\":\"GZHPF\"}", "application/json")).body());
        assertThat(reviewer.getJsonArray("departments")).isEmpty();
    }

    @Test
    void signInRefusesWhatItCannotMintWithAProblem() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        start(Optional.of(Files.write(dir.resolve("dev-jwt-private.der"), keys.getPrivate().getEncoded())));
        Map<String, Integer> refused = new LinkedHashMap<>();
        refused.put("{\"role\":\"superuser\",\"department\":\"GZHPF\"}", 400);
        refused.put("{\"role\":\"department-editor\",\"department\":\"gz hpf\"}", 400);
        refused.put("{\"role\":\"department-editor\"}", 400);
        refused.put("[1,2]", 400);
        refused.put("{\"role\":", 400);
        refused.put("{\"role\":\"admin\",\"pad\":\"" + "x".repeat(5000) + "\"}", 413);
        refused.forEach((body, status) -> {
            HttpResponse<String> answer = send(post(body, "application/json"));
            assertThat(answer.statusCode()).as(body).isEqualTo(status);
            assertThat(answer.headers().firstValue("Content-Type")).as(body).contains(Problems.MEDIA_TYPE);
            assertThat(answer.body()).as(body).doesNotContain("token");
        });
        HttpResponse<String> form = send(post("role=admin", "application/x-www-form-urlencoded"));
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(form.headers().firstValue("Content-Type")).contains(Problems.MEDIA_TYPE);
    }

    @Test
    void servesTheBuiltWebAppWithAContentSecurityPolicy() throws Exception {
        Path web = Files.createDirectories(dir.resolve("web"));
        Files.writeString(web.resolve("index.html"), "<!doctype html><title>工作台</title>");
        start(Optional.empty());

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/")));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("工作台");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(send(HttpRequest.newBuilder(uri("/../../etc/passwd"))).statusCode()).isNotEqualTo(200);
    }

    private void start(Optional<Path> devKey) throws Exception {
        Map<String, URI> services = new LinkedHashMap<>();
        for (String name : GatewayConfig.SERVICE_NAMES) {
            services.put(name, URI.create("http://127.0.0.1:" + standIn(name).actualPort()));
        }
        gateway = Gateway.start(new GatewayConfig("127.0.0.1", 0, dir.resolve("web"), services, devKey, GatewayConfig.DEV_ISSUER));
    }

    private HttpServer standIn(String name) throws Exception {
        return upstreamVertx.createHttpServer().requestHandler(request -> {
            received.add(name + " " + request.uri() + " " + request.getHeader("Authorization") + " " + request.getHeader("X-Correlation-Id"));
            request.response().putHeader("ETag", "\"7\"").end(name);
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + gateway.port() + path);
    }

    private HttpRequest.Builder post(String body, String contentType) {
        return HttpRequest.newBuilder(uri(DevSignIn.PATH)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
