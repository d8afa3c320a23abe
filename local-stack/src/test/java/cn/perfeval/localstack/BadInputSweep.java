package cn.perfeval.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends every operation of a running service's OpenAPI document requests that are wrong in one way each — a bad
 * path or query parameter, a malformed or wrongly typed body, another department's
 * token — and records what came back. Every variant is invalid, so a correct service answers each with a 4xx
 * problem+json and changes nothing; the caller checks that and that the data it can see did not move.
 */
final class BadInputSweep {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final List<String> BAD_STRINGS = List.of("A".repeat(300), "%00", "..%2F..%2Fetc", "%E2%80%AE");
    private static final List<String> BAD_INTEGERS = List.of("abc", "99999999999", "-1", "1.5");
    private static final List<String> BAD_JSON = List.of("{", "[1,2", "\"text\"", "12", "{\"a\":}", "null");

    /** One answer that breaks the rules: what was sent and what came back. */
    record Finding(String request, int status, String contentType, String body) {
        @Override
        public String toString() {
            return request + " -> " + status + " " + contentType + " " + body.substring(0, Math.min(200, body.length()));
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String dept;
    private final int year;
    private int sent;

    BadInputSweep(String baseUrl, String dept, int year) {
        this.baseUrl = baseUrl;
        this.dept = dept;
        this.year = year;
    }

    int sent() {
        return sent;
    }

    /**
     * Every answer to an invalid request that is not a 4xx problem+json. {@code privileged} reaches every
     * department (so the input checks are what answers); {@code outsider} edits another department only, so every
     * secured operation on {@code dept} must refuse it.
     */
    List<Finding> sweep(String privileged, String outsider) throws IOException, InterruptedException {
        JsonNode document = JSON.readTree(send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json")).GET(),
                null).body());
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    sweepOperation(path.getKey(), entry.getKey().toUpperCase(), entry.getValue(), privileged, outsider,
                            findings);
                }
            }
        }
        return findings;
    }

    private void sweepOperation(String template, String method, JsonNode operation, String privileged, String outsider,
            List<Finding> findings) throws IOException, InterruptedException {
        Map<String, String> valid = new LinkedHashMap<>();
        Map<String, List<String>> bad = new LinkedHashMap<>();
        Map<String, List<String>> badQuery = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            boolean integer = parameter.path("schema").path("type").asText().equals("integer");
            switch (parameter.path("in").asText()) {
                case "path" -> {
                    valid.put(name, validValue(name));
                    bad.put(name, integer ? BAD_INTEGERS : BAD_STRINGS);
                }
                case "query" -> badQuery.put(name, integer ? BAD_INTEGERS : BAD_STRINGS);
                default -> { }
            }
        }
        String body = operation.has("requestBody") ? "{\"probe\":true}" : null;
        boolean secured = operation.path("security").size() > 0;

        // One bad path parameter at a time, the others valid.
        for (Map.Entry<String, List<String>> parameter : bad.entrySet()) {
            for (String value : parameter.getValue()) {
                Map<String, String> values = new LinkedHashMap<>(valid);
                values.put(parameter.getKey(), value);
                expectProblem(method, expand(template, values), body, privileged, findings);
            }
        }
        // Writes are only ever sent with a body that cannot be applied, so nothing a sweep sends may change data.
        boolean write = !method.equals("GET");
        String validPath = expand(template, valid);
        for (Map.Entry<String, List<String>> query : badQuery.entrySet()) {
            for (String value : query.getValue()) {
                if (!write || body != null) {
                    expectProblem(method, validPath + "?" + query.getKey() + "=" + value, write ? BAD_JSON.get(0) : null,
                            privileged, findings);
                }
            }
        }
        if (body != null) {
            for (String malformed : BAD_JSON) {
                expectProblem(method, validPath, malformed, privileged, findings);
            }
            expectProblem(method, validPath, "<xml/>", "application/xml", privileged, findings);
        }
        if (secured && template.contains("{dept}") && (!write || body != null)) {
            expectRefused(method, validPath, write ? BAD_JSON.get(0) : null, privileged, outsider, findings);
        }
    }

    /**
     * Another department's editor gets nothing: a read the privileged caller gets answered is a 403 for the
     * outsider; a request invalid whoever sends it (a missing parameter, say) may be refused for that first.
     */
    private void expectRefused(String method, String path, String body, String privileged, String outsider,
            List<Finding> findings) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, body, "application/json", outsider);
        boolean answeredToPrivileged = body == null
                && send(method, path, null, "application/json", privileged).statusCode() < 300;
        boolean refused = answeredToPrivileged ? response.statusCode() == 403 && isProblem(response)
                : is4xxProblem(response);
        if (!refused) {
            findings.add(finding(method + " " + path + " (another department's editor)", response));
        }
    }

    private String validValue(String name) {
        return switch (name) {
            case "dept" -> dept;
            case "year" -> String.valueOf(year);
            case "version", "number" -> "1";
            case "id" -> "00000000-0000-0000-0000-000000000000";
            default -> "zz-unknown";
        };
    }

    private void expectProblem(String method, String path, String body, String token, List<Finding> findings)
            throws IOException, InterruptedException {
        expectProblem(method, path, body, "application/json", token, findings);
    }

    private void expectProblem(String method, String path, String body, String contentType, String token,
            List<Finding> findings) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, body, contentType, token);
        if (!is4xxProblem(response)) {
            findings.add(finding(method + " " + path + (body == null ? "" : " body " + body), response));
        }
    }

    private static boolean is4xxProblem(HttpResponse<String> response) {
        return response.statusCode() >= 400 && response.statusCode() < 500 && isProblem(response);
    }

    private static boolean isProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    private static Finding finding(String request, HttpResponse<String> response) {
        return new Finding(request, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json, */*;q=0.1");
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        sent++;
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expand(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            String encoded = value.getValue().contains("%") ? value.getValue()
                    : URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8);
            path = path.replace("{" + value.getKey() + "}", encoded);
        }
        return path;
    }
}
