package cn.perfeval.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON-over-HTTP client for the services' public APIs, as an ERP or a script would use them. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String token;
    private final String language;

    public Api(String token) {
        this(newClient(), token);
    }

    /** A client on a connection pool shared with others, for a loader that acts for thousands of departments. */
    public Api(HttpClient http, String token) {
        this(http, token, null);
    }

    private Api(HttpClient http, String token, String language) {
        this.http = http;
        this.token = token;
        this.language = language;
    }

    /** The same caller asking for answers in {@code languageTag} (Accept-Language), as a zh-CN browser does. */
    public Api speaking(String languageTag) {
        return new Api(http, token, languageTag);
    }

    public static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Response get(String url) {
        return send(request(url).GET().build());
    }

    /** A GET asking for {@code mediaType} (a CSV export, say) instead of JSON. */
    public Response get(String url, String mediaType) {
        return send(request(url).setHeader("Accept", mediaType).GET().build());
    }

    public Response post(String url, Object body) {
        return send(request(url).POST(json(body)).header("Content-Type", "application/json").build());
    }

    /**
     * Posts a body as it is (a CSV export, say) with its content type and an Idempotency-Key, as an ERP retrying a
     * push would: the same key and body again is answered from the first push.
     */
    public Response postRaw(String url, String body, String contentType, String idempotencyKey) {
        return send(request(url).POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType)
                .header("Idempotency-Key", idempotencyKey).build());
    }

    public Response put(String url, Object body) {
        return send(request(url).PUT(json(body)).header("Content-Type", "application/json").build());
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            // a refused connection has no message of its own, only its type
            throw new StackException(request.method() + " " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted");
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A response; {@link #json()} parses its body. */
    public record Response(int status, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new StackException("Not JSON (status " + status + "): " + body);
            }
        }

        public Response expect(int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return this;
                }
            }
            throw new StackException("Unexpected status " + status + ": " + body);
        }
    }
}
