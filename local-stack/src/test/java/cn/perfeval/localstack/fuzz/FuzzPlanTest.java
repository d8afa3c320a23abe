package cn.perfeval.localstack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fuzz plan on a small OpenAPI document: replayable from its seed, covering, and mutating what it says. */
class FuzzPlanTest {

    private static final String DOCUMENT = """
            {"paths": {
              "/api/v1/departments/{dept}/years/{year}/contracts": {"put": {"operationId": "replaceContracts",
                "parameters": [{"name": "If-Match", "in": "header"}],
                "requestBody": {"content": {"application/json": {"schema": {"type": "array",
                  "items": {"$ref": "#/components/schemas/Contract"}}}}}}},
              "/api/v1/departments/{dept}/years/{year}/ledger": {"post": {"operationId": "push",
                "parameters": [{"name": "Idempotency-Key", "in": "header"}],
                "requestBody": {"content": {"application/json": {"schema": {"type": "string", "format": "binary"}},
                  "text/csv": {"schema": {"type": "string", "format": "binary"}}}}}},
              "/api/v1/departments/{dept}/years/{year}/items/{id}": {"delete": {"operationId": "delete"},
                "get": {"operationId": "read"}}},
             "components": {"schemas": {
               "LocalDate": {"type": "string", "format": "date"},
               "Contract": {"type": "object", "properties": {
                 "contractId": {"type": "string", "examples": ["HT-1"]},
                 "signedOn": {"type": "string", "$ref": "#/components/schemas/LocalDate"},
                 "copies": {"type": "integer"}, "amount": {"type": "number"}}}}}}
            """;
    private static final FuzzTargets TARGETS = new FuzzTargets("FUZZ", 2023, 2099, Map.of("id", "42"));

    private final List<WriteOperation> operations;
    private final Map<String, SchemaSampler> samplers;

    FuzzPlanTest() throws Exception {
        JsonNode document = new ObjectMapper().readTree(DOCUMENT);
        operations = WriteOperation.readAll("budget", "http://localhost", document);
        samplers = Map.of("budget", new SchemaSampler(document, 2023));
    }

    @Test
    void theSameSeedPlansTheSameRequestsAndAnotherSeedOthers() {
        assertThat(fingerprint(plan(7L))).isEqualTo(fingerprint(plan(7L))).isNotEqualTo(fingerprint(plan(8L)));
    }

    @Test
    void everyWriteOperationGetsItsShareAndDeletionsComeLast() {
        List<FuzzRequest> plan = plan(1L);
        Map<String, Long> perOperation = plan.stream()
                .collect(Collectors.groupingBy(r -> r.operation().operationId(), Collectors.counting()));
        assertThat(perOperation.keySet()).containsExactlyInAnyOrder("replaceContracts", "push", "delete");
        assertThat(perOperation.values()).allMatch(n -> n >= 30);
        assertThat(plan.get(plan.size() - 1).operation().method()).isEqualTo("DELETE");
        assertThat(plan.get(plan.size() - 1).path()).isEqualTo("/api/v1/departments/FUZZ/years/2023/items/42");
    }

    @Test
    void eachMutationChangesWhatItNames() {
        List<FuzzRequest> plan = plan(3L);
        assertThat(bodyOf(plan, "replaceContracts", Mutation.VALID_LOOKING))
                .isEqualTo("[{\"contractId\":\"HT-1\",\"signedOn\":\"2023-06-15\",\"copies\":1,\"amount\":10.5}]");
        assertThat(bodyOf(plan, "replaceContracts", Mutation.NUMBER_FOR_DATE)).contains("\"signedOn\":20230101");
        assertThat(bodyOf(plan, "replaceContracts", Mutation.FRACTION_FOR_INTEGER)).contains("\"copies\":1.5");
        assertThat(bodyOf(plan, "replaceContracts", Mutation.NULL_IN_LIST)).contains("null");
        assertThat(bodyOf(plan, "replaceContracts", Mutation.HUGE_STRING)).hasSizeGreaterThan(400_000);
        assertThat(request(plan, "replaceContracts", Mutation.STALE_IF_MATCH).headers()).containsKey("If-Match");
        assertThat(request(plan, "replaceContracts", Mutation.MISSING_CONTENT_TYPE).headers())
                .doesNotContainKey("Content-Type");
        assertThat(request(plan, "push", Mutation.VALID_LOOKING).headers()).containsEntry("Content-Type", "text/csv");
        assertThat(request(plan, "push", Mutation.INVALID_UTF8).body()).contains((byte) 0xFF);
        assertThat(request(plan, "delete", Mutation.BODY_ON_BODILESS).body()).isNotEmpty();
    }

    @Test
    void aReplayedIdempotencyKeyIsOneKeyWithTwoBodiesAndOnlyTheSecondMustBeRefused() {
        List<FuzzRequest> pair = plan(5L).stream()
                .filter(r -> r.mutation() == Mutation.REPLAYED_IDEMPOTENCY_KEY).limit(2).toList();
        assertThat(pair.get(0).headers().get("Idempotency-Key")).isEqualTo(pair.get(1).headers().get("Idempotency-Key"));
        assertThat(pair.get(0).body()).isNotEqualTo(pair.get(1).body());
        assertThat(pair.get(0).mustBeRefused()).isFalse();
        assertThat(pair.get(1).mustBeRefused()).isTrue();
    }

    @Test
    void anAnswerIsJudgedByItsStatusAndContentType() {
        FuzzRequest invalid = request(plan(2L), "replaceContracts", Mutation.NUMBER_FOR_DATE);
        FuzzRequest harmless = request(plan(2L), "replaceContracts", Mutation.FAR_FUTURE_DATE);
        assertThat(FuzzFindings.judge(invalid, new Outcome(400, "application/problem+json", "", null), -1)).isNull();
        assertThat(FuzzFindings.judge(invalid, new Outcome(200, "application/json", "", null), -1)).startsWith("accepted");
        assertThat(FuzzFindings.judge(harmless, new Outcome(200, "application/json", "", null), -1)).isNull();
        assertThat(FuzzFindings.judge(harmless, new Outcome(400, "text/html", "", null), -1)).startsWith("4xx not");
        assertThat(FuzzFindings.judge(harmless, new Outcome(500, "application/problem+json", "", null), -1))
                .startsWith("server error");
        assertThat(FuzzFindings.judge(harmless, Outcome.noAnswer("no answer within 10 s"), -1)).isEqualTo("no answer");
    }

    private List<FuzzRequest> plan(long seed) {
        return FuzzPlan.generate(seed, 90, operations, samplers, TARGETS);
    }

    private static String fingerprint(List<FuzzRequest> plan) {
        return plan.stream().map(r -> r.describe() + r.headers() + Arrays.hashCode(r.body()))
                .collect(Collectors.joining("\n"));
    }

    private static FuzzRequest request(List<FuzzRequest> plan, String operationId, Mutation mutation) {
        return plan.stream().filter(r -> r.operation().operationId().equals(operationId) && r.mutation() == mutation)
                .findFirst().orElseThrow(() -> new AssertionError("no " + mutation + " for " + operationId));
    }

    private static String bodyOf(List<FuzzRequest> plan, String operationId, Mutation mutation) {
        return new String(request(plan, operationId, mutation).body(), StandardCharsets.UTF_8);
    }
}
