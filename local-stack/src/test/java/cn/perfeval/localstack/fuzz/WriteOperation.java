package cn.perfeval.localstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One write operation (POST, PUT, PATCH, DELETE) of a service as its OpenAPI document describes it: where it is,
 * the body it takes and the headers it documents.
 *
 * @param contentType the request body's media type, null when the operation takes no body
 * @param bodySchema  that media type's schema (missing node when there is none)
 */
record WriteOperation(String service, String baseUrl, String method, String path, String operationId,
        String contentType, JsonNode bodySchema, Set<String> headers) {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    /** Preferred body media types: JSON with a real schema first, then the textual formats an ERP sends. */
    private static final List<String> PREFERRED = List.of("application/json", "text/csv", "application/yaml");

    /** Deletions last, so the other operations still find the records they address. */
    static final Comparator<WriteOperation> DELETES_LAST = Comparator.comparing(op -> op.method().equals("DELETE"));

    String name() {
        return service + " " + operationId;
    }

    boolean takesBody() {
        return contentType != null;
    }

    boolean documentsHeader(String header) {
        return headers.contains(header);
    }

    /** JSON with an object or array schema is sampled field by field; anything else is sent as text. */
    boolean structuredJson() {
        String type = bodySchema.path("type").asText("");
        return "application/json".equals(contentType) && (bodySchema.has("$ref") || type.equals("array")
                || type.equals("object"));
    }

    static List<WriteOperation> readAll(String service, String baseUrl, JsonNode document) {
        List<WriteOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (WRITES.contains(entry.getKey())) {
                    operations.add(of(service, baseUrl, path.getKey(), entry.getKey(), entry.getValue()));
                }
            }
        }
        return operations;
    }

    private static WriteOperation of(String service, String baseUrl, String path, String method, JsonNode operation) {
        Set<String> headers = new java.util.TreeSet<>();
        operation.path("parameters").forEach(p -> {
            if (p.path("in").asText().equals("header")) {
                headers.add(p.path("name").asText());
            }
        });
        JsonNode content = operation.path("requestBody").path("content");
        String contentType = content.isObject() && !content.isEmpty() ? preferredMediaType(content) : null;
        JsonNode schema = contentType == null ? content.path("none") : content.path(contentType).path("schema");
        return new WriteOperation(service, baseUrl, method.toUpperCase(), path, operation.path("operationId").asText(),
                contentType, schema, Set.copyOf(headers));
    }

    private static String preferredMediaType(JsonNode content) {
        for (String type : PREFERRED) {
            JsonNode schema = content.path(type).path("schema");
            boolean binaryJson = type.equals("application/json") && schema.path("type").asText().equals("string");
            if (content.has(type) && !binaryJson) {
                return type;
            }
        }
        return content.fieldNames().next();
    }
}
