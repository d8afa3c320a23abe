package cn.perfeval.apiclients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What makes a generated client's answer types exact: a property every answer carries is required, so TypeScript
 * types it {@code field: T} and not {@code field?: T}. The services write every member of an answer's record
 * (Jackson's default inclusion), so every property of every schema an answer carries must be required — unless the
 * schema says, with the extension {@code x-omits-members}, which members its record leaves out and when (a record
 * written with {@code @JsonInclude(NON_NULL)}). Request-only schemas are not checked: what a request must hold is
 * what the service validates ({@code @NotNull}, {@code @NotBlank}).
 */
class OpenApiRequiredTest {

    private static final String OMITS_MEMBERS = "x-omits-members";

    @ParameterizedTest
    @ValueSource(strings = { "indicator-service", "budget-service", "scoring-service", "report-service" })
    void everyPropertyAnAnswerCarriesIsRequired(String service) throws IOException {
        JsonNode document = read(service);
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : answerSchemas(document).entrySet()) {
            check(schema.getKey(), schema.getValue(), gaps);
        }
        assertThat(gaps).as(service + ": answer properties not required (or schemas omitting members without saying)")
                .isEmpty();
    }

    private static void check(String where, JsonNode schema, List<String> gaps) {
        JsonNode properties = schema.path("properties");
        if (properties.isEmpty()) {
            return;
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        if (schema.has(OMITS_MEMBERS)) {
            if (schema.get(OMITS_MEMBERS).asText().isBlank()) {
                gaps.add(where + ": " + OMITS_MEMBERS + " without saying which members");
            }
            return;
        }
        properties.fieldNames().forEachRemaining(name -> {
            if (!required.contains(name)) {
                gaps.add(where + "." + name);
            }
        });
    }

    /** Every schema (component or inline) reachable from any answer's content, by where it was found. */
    private static Map<String, JsonNode> answerSchemas(JsonNode document) {
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operation.getValue().path("responses").properties().forEach(response ->
                        response.getValue().path("content").properties().forEach(media -> pending.push(Map.entry(
                                operation.getKey() + " " + path.getKey() + " " + response.getKey(),
                                media.getValue().path("schema")))))));
        Map<String, JsonNode> found = new LinkedHashMap<>();
        Set<String> seenRefs = new HashSet<>();
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> next = pending.pop();
            JsonNode schema = next.getValue();
            if (schema.has("$ref")) {
                String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
                if (seenRefs.add(name)) {
                    pending.push(Map.entry(name, document.at("/components/schemas/" + name)));
                }
                continue;
            }
            found.putIfAbsent(next.getKey(), schema);
            schema.path("properties").properties().forEach(p -> pending.push(Map.entry(next.getKey() + "." + p.getKey(),
                    p.getValue())));
            for (String child : List.of("items", "additionalProperties")) {
                if (schema.path(child).isObject()) {
                    pending.push(Map.entry(next.getKey() + "[]", schema.get(child)));
                }
            }
            for (String composition : List.of("allOf", "anyOf", "oneOf")) {
                schema.path(composition).forEach(part -> pending.push(Map.entry(next.getKey(), part)));
            }
        }
        return found;
    }

    private static JsonNode read(String service) throws IOException {
        Path project = Path.of(System.getProperty("perfeval.project.dir", ".."));
        return new ObjectMapper().readTree(project.resolve(service).resolve("target/openapi/openapi.json").toFile());
    }
}
