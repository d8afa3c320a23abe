package cn.perfeval.scoring.scorecard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.scoring.ScorecardPolling;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seed case through the running service: its facts arrive as real events on the real broker, judgements through
 * the API, and the stored scorecard is 95.54 item by item. Redelivered and out-of-order events leave it unchanged.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedScorecardThroughEventsTests {

    private static final String DEPT = "GZHPF";
    private static final int YEAR = 2023;
    private static final String SCORECARD = ScorecardPolling.scorecardPath(DEPT, YEAR);
    private static final EventSchemas SCHEMAS = EventSchemas.published();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @Order(1)
    void theSeedScores9554ItemByItem() throws Exception {
        try (SeedEvents events = new SeedEvents(DEPT, YEAR)) {
            events.wholeSeed();
        }
        ScorecardPolling.enterSeedJudgements(DEPT, YEAR);

        JsonPath scorecard = awaitScorecard(s -> s.getBoolean("complete"));

        assertThat(new BigDecimal(scorecard.getString("total"))).isEqualByComparingTo("95.54");
        assertThat(scorecard.getString("grade")).isEqualTo("EXCELLENT");
        assertThat(dimension(scorecard, "performance")).isEqualByComparingTo("49.54");
        assertThat(dimension(scorecard, "management")).isEqualByComparingTo("46");
        for (List<String> row : GuangzhouSeed.SEED_TABLE) {
            assertThat(item(scorecard, row.get(0), "max")).as(row.get(0) + " max").isEqualByComparingTo(row.get(2));
            assertThat(item(scorecard, row.get(0), "score")).as(row.get(0) + " score").isEqualByComparingTo(row.get(3));
        }
        assertThat(scorecard.getList("items.find { it.code == 'contract-signing-timeliness' }.deductions.recordId", String.class))
                .contains(GuangzhouSeed.LATE_SIGNING);

        // Producer side of the score-events contract: every version published so far, incomplete ones included.
        List<OutboxEvent> published = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "topic = ?1 and eventKey = ?2 order by seq", ScorecardService.TOPIC, DEPT + ":" + YEAR));
        assertThat(published).isNotEmpty().allSatisfy(event ->
                assertThat(SCHEMAS.validateEvent(JSON.readTree(event.payload))).as(event.payload).isEmpty());
        assertThat(JSON.readTree(published.get(published.size() - 1).payload).at("/data/department/name").asText())
                .isEqualTo("广州住房公积金管理中心");
    }

    @Test
    @Order(2)
    void aScreenKeepingTheScorecardCurrentGetsA304UntilANewVersionExists() {
        String etag = given().auth().oauth2(SeedEvents.reviewerToken()).get(SCORECARD)
                .then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"" + awaitScorecard(s -> true).getInt("version") + "\"");
        String unchanged = given().auth().oauth2(SeedEvents.reviewerToken()).header("If-None-Match", etag).get(SCORECARD)
                .then().statusCode(304).header("ETag", etag).extract().body().asString();
        assertThat(unchanged).isEmpty();
        given().auth().oauth2(SeedEvents.reviewerToken()).header("If-None-Match", "\"0\"").get(SCORECARD)
                .then().statusCode(200).header("ETag", etag);
    }

    @Test
    @Order(3)
    void redeliveredAndOutOfOrderEventsLeaveTheSameScorecard() {
        int version = awaitScorecard(s -> true).getInt("version");
        try (SeedEvents events = new SeedEvents(DEPT, YEAR)) {
            // newer procurement facts (every contract on time) arrive first, then the older snapshot again
            events.procurementFacts(GuangzhouSeed.factsWithContractsOnTime(), 2);
            events.procurementFacts(GuangzhouSeed.facts(), 1);
            events.indicators(1);
            events.budgetFacts(GuangzhouSeed.facts(), 1);
        }
        JsonPath scorecard = awaitScorecard(s -> new BigDecimal(s.getString("total")).compareTo(new BigDecimal("99.54")) == 0);
        // A marker change behind the replayed events: once it is scored, everything before it was handled.
        given().auth().oauth2(SeedEvents.editorToken(DEPT)).contentType("application/json")
                .body(Map.of("points", 1, "text", "复核调整", "evidenceDocument", "复核意见"))
                .put("/api/v1/departments/" + DEPT + "/years/" + YEAR + "/judgements/financial-compliance")
                .then().statusCode(200);
        JsonPath marked = awaitScorecard(s -> new BigDecimal(s.getString("total")).compareTo(new BigDecimal("98.54")) == 0);

        assertThat(scorecard.getInt("version")).isEqualTo(version + 1);
        assertThat(marked.getInt("version")).isEqualTo(version + 2);

        JsonPath history = given().auth().oauth2(SeedEvents.reviewerToken())
                .get("/api/v1/departments/" + DEPT + "/years/" + YEAR + "/judgements/financial-compliance/history")
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("points")).hasSize(2);
        assertThat(new BigDecimal(history.getString("points[0]"))).isEqualByComparingTo("2");
        assertThat(new BigDecimal(history.getString("points[1]"))).isEqualByComparingTo("1");
        assertThat(history.getList("changedBy", String.class)).containsOnly("editor");
        JsonPath diff = given().auth().oauth2(SeedEvents.reviewerToken())
                .queryParam("from", version + 1).queryParam("to", version + 2).get(SCORECARD + "/diff")
                .then().statusCode(200).extract().jsonPath();
        assertThat(diff.getList("items.code", String.class)).containsExactly("financial-compliance");
    }

    @Test
    @Order(4)
    void aPoisonEventGoesToTheDeadLetterTopicAndLaterEventsAreScored() {
        try (SeedEvents events = new SeedEvents(DEPT, YEAR)) {
            events.raw("budget-events", "{\"specversion\":\"1.0\",\"id\":\"x\",\"type\":\"cn.perfeval.budget.scoring-facts.changed\","
                    + "\"data\":{\"id\":\"GZHPF:2023\",\"departmentCode\":\"GZHPF\",\"fiscalYear\":2023,\"version\":99,"
                    + "\"numbers\":{\"budget.averageExecutionRate\":{\"value\":\"ninety\"}}}}");
            events.procurementFacts(GuangzhouSeed.facts(), 3);
        }
        JsonPath scorecard = awaitScorecard(s -> new BigDecimal(s.getString("total")).compareTo(new BigDecimal("94.54")) == 0);
        assertThat(dimension(scorecard, "performance")).isEqualByComparingTo("49.54");
        assertThat(DeadLetters.values("budget-events.scoring-service.dlq", Duration.ofSeconds(20)))
                .anyMatch(value -> value.contains("ninety"));
    }

    @Test
    @Order(5)
    void aSchemeThatDoesNotAddUpIsRejectedNamingTheItem() {
        String admin = TestInfrastructure.tokens().token("admin", Set.of("admin"), Set.of());
        // performance has 40 points of items for a maximum of 50
        String broken = """
                {"id": "broken", "version": "1", "name": "broken",
                 "dimensions": [{"code": "performance", "name": "履职效能", "max": 50},
                                {"code": "management", "name": "管理效率", "max": 50}],
                 "items": [{"code": "spending", "name": "支出率", "dimension": "performance", "max": 40,
                            "rule": "proportional-to-rate", "params": {"fact": "budget.averageExecutionRate", "fullCreditAt": 100}},
                           {"code": "compliance", "name": "合规性", "dimension": "management", "max": 50, "rule": "judgement"}]}
                """;
        given().auth().oauth2(admin).contentType("application/json; charset=UTF-8").body(broken).post("/api/v1/schemes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("performance"))
                .body("errors.field", hasItem(containsString("performance")));
        given().auth().oauth2(SeedEvents.reviewerToken()).contentType("application/json; charset=UTF-8").body(broken)
                .post("/api/v1/schemes")
                .then().statusCode(403);
    }

    @Test
    @Order(6)
    void theProjectionRebuiltFromTheTopicsGivesTheSameScorecard() {
        JsonPath before = awaitScorecard(s -> true);
        String admin = TestInfrastructure.tokens().token("admin", Set.of("admin"), Set.of());
        String location = given().auth().oauth2(admin).post("/api/v1/admin/projection/rebuilds").then().statusCode(202)
                .body("kind", org.hamcrest.Matchers.equalTo("projection-rebuild")).extract().header("Location");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonPath status = null;
        while (System.nanoTime() < deadline) {
            status = given().auth().oauth2(admin).get(location).then().statusCode(200).extract().jsonPath();
            if (!"RUNNING".equals(status.getString("state"))) {
                break;
            }
            ScorecardPolling.pause();
        }
        assertThat(status.getString("state")).isEqualTo("DONE");
        assertThat(status.getLong("done")).isEqualTo(status.getLong("total")).isPositive();
        assertThat(status.getLong("failed")).isZero();   // the poison record of the test above is skipped, not failed
        given().auth().oauth2(admin).get("/api/v1/admin/projection/rebuilds/current").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(status.getString("id")));

        // A marker change after the rebuild: when it is scored, the rebuild's recompute has run before it.
        given().auth().oauth2(SeedEvents.editorToken(DEPT)).contentType("application/json")
                .body(Map.of("points", 2, "text", "复核恢复", "evidenceDocument", "复核意见"))
                .put("/api/v1/departments/" + DEPT + "/years/" + YEAR + "/judgements/financial-compliance")
                .then().statusCode(200);
        JsonPath after = awaitScorecard(s -> s.getInt("version") > before.getInt("version"));
        assertThat(after.getInt("version")).as("the rebuild itself changed no scorecard").isEqualTo(before.getInt("version") + 1);
        assertThat(new BigDecimal(after.getString("total")))
                .isEqualByComparingTo(new BigDecimal(before.getString("total")).add(BigDecimal.ONE));
        given().auth().oauth2(SeedEvents.reviewerToken()).post("/api/v1/admin/projection/rebuilds").then().statusCode(403);
    }

    @Test
    @Order(7)
    void aNewSchemeVersionRescoresAndTheScorecardRecordsIt() throws java.io.IOException {
        JsonPath before = awaitScorecard(s -> true);
        String shipped;
        try (var in = getClass().getClassLoader().getResourceAsStream("schemes/guangzhou-2023.yaml")) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String admin = TestInfrastructure.tokens().token("admin", Set.of("admin"), Set.of());
        given().auth().oauth2(admin).contentType("text/plain; charset=UTF-8")
                .body(shipped.replace("version: \"1\"", "version: \"2\"")).post("/api/v1/schemes")
                .then().statusCode(202).header("Location", org.hamcrest.Matchers.containsString("/api/v1/jobs/"));

        JsonPath after = awaitScorecard(s -> "2".equals(s.getString("schemeVersion")));
        assertThat(after.getInt("version")).isEqualTo(before.getInt("version") + 1);
        assertThat(new BigDecimal(after.getString("total"))).isEqualByComparingTo(new BigDecimal(before.getString("total")));
        given().auth().oauth2(admin).get("/api/v1/schemes").then().statusCode(200)
                .body("findAll { it.id == 'guangzhou-2023' }.version", org.hamcrest.Matchers.hasItems("1", "2"));
    }

    @Test
    @Order(8)
    void theScorecardSchemaIsServedAtItsDataschemaPathWithoutAToken() throws Exception {
        String path = ScorecardService.SCHEMA.toString();
        String served = given().get(path).then().statusCode(200).contentType(containsString("json")).extract().asString();
        assertThat(JSON.readTree(served)).isEqualTo(SCHEMAS.document(path));
    }

    private static BigDecimal dimension(JsonPath scorecard, String code) {
        return new BigDecimal(scorecard.getString("dimensions.find { it.code == '" + code + "' }.score"));
    }

    private static BigDecimal item(JsonPath scorecard, String code, String field) {
        return new BigDecimal(scorecard.getString("items.find { it.code == '" + code + "' }." + field));
    }

    private static JsonPath awaitScorecard(Predicate<JsonPath> done) {
        return ScorecardPolling.awaitScorecard(DEPT, YEAR, done);
    }
}
