package cn.perfeval.apiclients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What makes a generated client pleasant as well as typed: every JSON request body and JSON success answer shows an
 * example (on the schema, a property, or a schema it refers to, as Swagger UI composes them), and no schema is an
 * object without properties or a typed map — which a TypeScript generator can only make {@code Record<string, never>}
 * or {@code unknown}.
 */
class OpenApiExamplesTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String JSON = "application/json";

    @ParameterizedTest
    @ValueSource(strings = { "indicator-service", "budget-service", "scoring-service", "report-service" })
    void everyJsonBodyAndAnswerHasAnExample(String service) throws IOException {
        JsonNode document = read(service);
        JsonNode schemas = document.at("/components/schemas");
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode request = entry.getValue().at("/requestBody/content").path(JSON);
                if (!request.isMissingNode() && !hasExample(request, schemas, new HashSet<>())) {
                    gaps.add(where + ": request body");
                }
                for (Map.Entry<String, JsonNode> response : entry.getValue().path("responses").properties()) {
                    JsonNode answer = response.getValue().path("content").path(JSON);
                    if (response.getKey().startsWith("2") && !answer.isMissingNode()
                            && !hasExample(answer, schemas, new HashSet<>())) {
                        gaps.add(where + ": " + response.getKey() + " answer");
                    }
                }
            }
        }
        assertThat(gaps).as(service + ": JSON bodies and answers without an example").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "indicator-service", "budget-service", "scoring-service", "report-service" })
    void noSchemaIsAnUntypedObject(String service) throws IOException {
        List<String> untyped = new ArrayList<>();
        collectUntyped("components", read(service).path("components"), untyped);
        assertThat(untyped).as(service + ": objects without properties or typed values").isEmpty();
    }

    private static boolean hasExample(JsonNode node, JsonNode schemas, Set<String> seen) {
        if (node.has("example") || node.has("examples")) {
            return true;
        }
        if (node.has("$ref")) {
            String name = node.get("$ref").asText().replace("#/components/schemas/", "");
            return seen.add(name) && hasExample(schemas.path(name), schemas, seen);
        }
        for (JsonNode child : node) {
            if (child.isContainerNode() && hasExample(child, schemas, seen)) {
                return true;
            }
        }
        return false;
    }

    private static void collectUntyped(String where, JsonNode node, List<String> untyped) {
        if (node.isObject() && "object".equals(node.path("type").asText()) && !node.has("properties")
                && !node.has("additionalProperties") && !node.has("$ref") && !node.has("allOf")
                && !node.has("oneOf") && !node.has("anyOf")) {
            untyped.add(where);
        }
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            collectUntyped(where + "." + child.getKey(), child.getValue(), untyped);
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                collectUntyped(where + "[]", item, untyped);
            }
        }
    }

    private static JsonNode read(String service) throws IOException {
        Path project = Path.of(System.getProperty("perfeval.project.dir", ".."));
        return new ObjectMapper().readTree(project.resolve(service).resolve("target/openapi/openapi.json").toFile());
    }
}
