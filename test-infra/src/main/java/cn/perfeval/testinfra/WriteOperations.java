package cn.perfeval.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The write operations of the service under test: every operationId its OpenAPI document lists under a method
 * other than GET or HEAD. A service's audit sweep requires an entry from each, so a new write that forgets the audit
 * trail (or a new write the sweep was not told about) fails that test.
 */
public final class WriteOperations {

    private WriteOperations() {
    }

    /** The write operations of an OpenAPI document (JSON, as served at {@code /q/openapi?format=json}). */
    public static Set<String> of(String openApiJson) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(openApiJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> writes = new TreeSet<>();
        document.path("paths").forEach(path -> path.fields().forEachRemaining(method -> {
            if (!method.getKey().equals("get") && !method.getKey().equals("head") && method.getValue().has("operationId")) {
                writes.add(method.getValue().get("operationId").asText());
            }
        }));
        return writes;
    }
}
