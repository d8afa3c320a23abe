package cn.perfeval.localstack.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Sends the fuzzer's requests exactly as built (headers, bytes) and waits a bounded time for each answer. */
final class FuzzClient {

    private static final int EXCERPT = 160;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration patience;
    private final String token;

    /** @param patience how long an answer may take before the request counts as hanging */
    FuzzClient(Duration patience, String token) {
        this.patience = patience;
        this.token = token;
    }

    Outcome send(FuzzRequest request) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.operation().baseUrl() + request.path()))
                .timeout(patience)
                .header("Authorization", "Bearer " + token)
                .method(request.operation().method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Outcome(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    excerpt(response.body()), null);
        } catch (HttpTimeoutException e) {
            return Outcome.noAnswer("no answer within " + patience.toSeconds() + " s");
        } catch (IOException e) {
            return Outcome.noAnswer("connection failed: " + e);
        }
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
    }
}
