package cn.perfeval.testinfra;

import cn.perfeval.platform.security.AccessMatrix;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Calls every operation of a running service's OpenAPI document as each kind of {@link Caller}, for a department
 * of the caller's token and for another one, and lists every answer that disagrees with the access matrix: a 401
 * or 403 where the matrix permits, anything else where it denies. A permitted call may well fail on its dummy
 * path parameters and body (400, 404, 409 ...): the sweep checks access, not the operation.
 */
public final class AccessMatrixSweep {

    /** The department the tokens name; the sweep also calls each operation for {@link #OTHER_DEPARTMENT}. */
    public static final String OWN_DEPARTMENT = "RMTX";
    public static final String OTHER_DEPARTMENT = "RMTX-OTHER";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /**
     * Who calls: the roles and departments the service must see in the token (a {@code groups} string grants none).
     */
    public enum Caller {
        NO_TOKEN(null),
        NO_ROLES(List.of()),
        GROUPS_AS_STRING("department-editor"),
        UNKNOWN_ROLE(List.of("superuser")),
        DEPARTMENT_EDITOR(List.of("department-editor")),
        ERP_INTEGRATION(List.of("erp-integration")),
        BUREAU_REVIEWER(List.of("bureau-reviewer")),
        ADMIN(List.of("admin"));

        private final Object groupsClaim;

        Caller(Object groupsClaim) {
            this.groupsClaim = groupsClaim;
        }

        public boolean authenticated() {
            return this != NO_TOKEN;
        }

        public Set<String> roles() {
            return groupsClaim instanceof List<?> list
                    ? list.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet()) : Set.of();
        }

        public Set<String> departments() {
            return Set.of(OWN_DEPARTMENT);
        }

        String token(DevTokens tokens) {
            return tokens.token("sweep-" + name().toLowerCase(),
                    Map.of("groups", groupsClaim, "departments", List.of(OWN_DEPARTMENT)), Duration.ofHours(1));
        }
    }

    /** One operation of the OpenAPI document. */
    public record Operation(String method, String pathTemplate, String operationId, Optional<String> bodyType,
            Map<String, String> parameterTypes) {
    }

    private final URI base;
    private final DevTokens tokens;
    private final HttpClient http = HttpClient.newHttpClient();

    public AccessMatrixSweep(URI base, DevTokens tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    /** The operations of the service's {@code /q/openapi} document. */
    public List<Operation> operations() {
        JsonNode document = read(send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json")).GET()).body());
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(operation(path.getKey(), method.getKey(), method.getValue()));
            }
        }));
        return operations;
    }

    /** Every call whose answer disagrees with the matrix, described; empty when the service enforces it exactly. */
    public List<String> disagreements(List<Operation> operations, AccessMatrix matrix) {
        List<String> disagreements = new ArrayList<>();
        for (Operation operation : operations) {
            for (Caller caller : Caller.values()) {
                for (String department : List.of(OWN_DEPARTMENT, OTHER_DEPARTMENT)) {
                    boolean admitted = matrix.admits(operation.operationId(), caller.authenticated(), caller.roles(),
                            caller.departments(), department).orElse(false);
                    int status = call(operation, caller, department);
                    boolean refused = status == 401 || status == 403;
                    int refusal = caller.authenticated() ? 403 : 401;
                    if (admitted ? refused : status != refusal) {
                        disagreements.add(operation.operationId() + " (" + operation.method().toUpperCase() + " "
                                + operation.pathTemplate() + ") as " + caller + " for " + department + ": " + status
                                + ", the matrix " + (admitted ? "permits" : "denies (" + refusal + ")"));
                    }
                }
            }
        }
        return disagreements;
    }

    private int call(Operation operation, Caller caller, String department) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path(operation, department)))
                .timeout(Duration.ofSeconds(30));
        if (caller.authenticated()) {
            request.header("Authorization", "Bearer " + caller.token(tokens));
        }
        String type = operation.bodyType().orElse(null);
        if (type != null) {
            request.header("Content-Type", type);
        }
        String body = type == null ? "" : type.contains("json") ? "{}" : "x";
        request.method(operation.method().toUpperCase(), type == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request).statusCode();
    }

    /** Fills the path template: the department, a kept year, 1 for numbers and "x" for other parameters. */
    private static String path(Operation operation, String department) {
        String path = operation.pathTemplate();
        for (Map.Entry<String, String> parameter : operation.parameterTypes().entrySet()) {
            String name = parameter.getKey();
            String value = switch (name) {
                case "dept" -> department;
                case "year" -> "2023";
                default -> "integer".equals(parameter.getValue()) ? "1" : "x";
            };
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private static Operation operation(String path, String method, JsonNode node) {
        Map<String, String> parameterTypes = new java.util.LinkedHashMap<>();
        for (JsonNode parameter : node.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                parameterTypes.put(parameter.path("name").asText(), parameter.path("schema").path("type").asText());
            }
        }
        Iterator<String> types = node.path("requestBody").path("content").fieldNames();
        return new Operation(method, path, node.path("operationId").asText(),
                types.hasNext() ? Optional.of(types.next()) : Optional.empty(), parameterTypes);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
