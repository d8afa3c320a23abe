package cn.perfeval.apiclients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a frontend or ERP generator needs from each service's OpenAPI document beyond being valid (the build's
 * client generation checks that): every operation is named, says what it returns on success with a schema, and
 * documents its errors as problem+json — so a generated client gets typed results and one error type.
 * The documents are the ones the services' builds wrote (quarkus.smallrye-openapi.store-schema-directory).
 */
class OpenApiDocumentsTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @ParameterizedTest
    @ValueSource(strings = { "indicator-service", "budget-service", "scoring-service", "report-service" })
    void everyOperationIsNamedTypedAndDocumentsItsProblems(String service) throws IOException {
        JsonNode document = read(service);
        List<String> gaps = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                checkOperation(where, path.getKey(), operation, operationIds, gaps);
            }
        }
        assertThat(gaps).as(service + ": operations whose document a generated client cannot rely on").isEmpty();
        assertThat(document.at("/components/schemas/Problem/properties").has("correlationId")).isTrue();
    }

    private static void checkOperation(String where, String path, JsonNode operation, Set<String> operationIds,
            List<String> gaps) {
        String operationId = operation.path("operationId").asText("");
        if (operationId.isEmpty() || !operationIds.add(operationId)) {
            gaps.add(where + ": missing or repeated operationId '" + operationId + "'");
        }
        if (operation.path("summary").asText("").isBlank()) {
            gaps.add(where + ": no summary");
        }
        JsonNode responses = operation.path("responses");
        List<String> successes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (response.getKey().startsWith("2")) {
                successes.add(response.getKey());
            }
        }
        if (successes.size() != 1) {
            gaps.add(where + ": " + successes.size() + " success responses " + successes + ", expected exactly one");
        }
        for (String code : successes) {
            if (!code.equals("202") && !code.equals("204") && !hasSchema(responses.path(code).path("content"))) {
                gaps.add(where + ": success response " + code + " has no schema");
            }
        }
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                JsonNode problem = response.getValue().path("content").path(PROBLEM).path("schema");
                if (!PROBLEM_REF.equals(problem.path("$ref").asText())) {
                    gaps.add(where + ": " + response.getKey() + " is not documented as a problem+json Problem");
                }
            }
        }
        boolean secured = operation.path("security").size() > 0;
        if (secured && !(responses.has("401") && responses.has("403"))) {
            gaps.add(where + ": secured but 401/403 undocumented");
        }
        if (path.contains("{") && !responses.has("404")) {
            gaps.add(where + ": names a resource but 404 undocumented");
        }
        if (operation.has("requestBody") && !(responses.has("400") && responses.has("413"))) {
            gaps.add(where + ": takes a body but 400/413 undocumented");
        }
    }

    private static boolean hasSchema(JsonNode content) {
        if (content.isMissingNode() || content.isEmpty()) {
            return false;
        }
        for (JsonNode mediaType : content) {
            if (mediaType.path("schema").isMissingNode() || mediaType.path("schema").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode read(String service) throws IOException {
        Path project = Path.of(System.getProperty("perfeval.project.dir", ".."));
        Path document = project.resolve(service).resolve("target/openapi/openapi.json");
        assertThat(document).as("written by the service's build").exists();
        return new ObjectMapper().readTree(Files.readString(document));
    }
}
