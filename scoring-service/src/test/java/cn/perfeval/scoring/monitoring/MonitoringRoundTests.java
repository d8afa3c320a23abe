package cn.perfeval.scoring.monitoring;

import static cn.perfeval.scoring.monitoring.MonitoringEvents.YEAR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.testinfra.EvaluationStates;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Monitoring rounds on the running service (real PostgreSQL and Kafka): facts arrive as indicator-service's and
 * budget-service's events, a round is opened at 31 July 2023, and its figures are the ones worked out by hand in
 * {@link MonitoringEvents}' comments: budget 21443.80 + 311.25 = 21755.05, executed 738.18 + 9502.32 = 10240.50.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class MonitoringRoundTests {

    static final String JULY_31 = "2023-07-31";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RedLights redLights;

    static String rounds(String dept) {
        return "/api/v1/departments/" + dept + "/years/" + YEAR + "/monitoring/rounds";
    }

    static RequestSpecification editor(String dept) {
        return given().auth().oauth2(SeedEvents.editorToken(dept)).contentType("application/json");
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(TestInfrastructure.tokens().token("admin", Set.of("admin"), Set.of()))
                .contentType("application/json");
    }

    /** Seeds the facts and opens the July round once all of them are in it. */
    static JsonPath julyRound(String dept) {
        MonitoringEvents.seed(dept);
        EvaluationStates.await("the evaluation of " + dept, () -> editor(dept).body(Map.of("asOf", JULY_31))
                .post(rounds(dept)).statusCode() == 201);
        return awaitRound(dept, JULY_31, round -> round.getList("indicators").size() == 3
                && round.get("budgetPace.department.budget") != null);
    }

    /** The round, its decimals read exactly as written (10240.50 stays 10240.50). */
    static JsonPath round(String dept, String asOf) {
        return editor(dept).get(rounds(dept) + "/" + asOf).then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static JsonPath awaitRound(String dept, String asOf, Predicate<JsonPath> done) {
        JsonPath[] last = new JsonPath[1];
        EvaluationStates.await("the round " + dept + " " + asOf, () -> done.test(last[0] = round(dept, asOf)));
        return last[0];
    }

    private static String indicator(String dept, String name, String field) {
        return "indicators.find { it.indicatorId == '" + MonitoringEvents.id(dept, name) + "' }." + field;
    }

    @Test
    void aRoundAtTheEndOfJulyShowsThePaceAndTheLightsWorkedOutByHand() {
        String dept = "MONJULY";
        JsonPath round = julyRound(dept);

        assertThat(round.getString("timeProgressPercent")).isEqualTo("58.33");      // (6 + 31/31) / 12
        assertThat(round.getString("budgetPace.department.budget")).isEqualTo("21755.05");
        assertThat(round.getString("budgetPace.department.executed")).isEqualTo("10240.50");
        assertThat(round.getString("budgetPace.department.ratePercent")).isEqualTo("47.07");  // 10240.50 / 21755.05
        assertThat(round.getString("budgetPace.department.behindPoints")).isEqualTo("11.26"); // 58.33 − 47.07
        assertThat(round.getString("budgetPace.department.light")).isEqualTo("RED");          // more than 10 behind
        assertThat(round.getString("budgetPace.projects[0].ratePercent")).isEqualTo("32.07"); // 1200 / 3742.11
        assertThat(round.getBoolean("budgetPace.projects[0].lagging")).isTrue();
        assertThat(round.getList("budgetPace.months")).hasSize(7);
        assertThat(round.getString("budgetPace.months[0].ratePercent")).isEqualTo("3.44");   // 738.18 / 21443.80

        assertThat(round.getString(indicator(dept, "loans", "progressPercent"))).isEqualTo("46.88"); // 21000 / 44800
        assertThat(round.getString(indicator(dept, "loans", "light"))).isEqualTo("YELLOW");          // 11.45 behind
        assertThat(round.getString(indicator(dept, "loans", "forecast.text"))).isEqualTo("3.60万笔");
        assertThat(round.getString(indicator(dept, "collection", "progressPercent"))).isEqualTo("96.84"); // 92 / 95
        assertThat(round.getString(indicator(dept, "collection", "light"))).isEqualTo("GREEN");
        assertThat(round.getString(indicator(dept, "service", "light"))).isEqualTo("NONE");
        assertThat(round.getMap("lightCounts")).isEqualTo(Map.of("GREEN", 1, "YELLOW", 1, "RED", 2, "NONE", 1));
        assertThat(round.getList("missingInputs.input")).containsExactly("judgement");

        assertThat(redLights.isRed(dept, YEAR, JULY_31 + "/budget")).isTrue();
        assertThat(redLights.isRed(dept, YEAR, JULY_31 + "/project/P2023-01")).isTrue();
        assertThat(redLights.isRed(dept, YEAR, JULY_31 + "/indicator/" + MonitoringEvents.id(dept, "loans"))).isFalse();
        assertThat(redLights.isRed(dept, YEAR, "2023-06-30/budget")).isFalse();
        assertThat(redLights.isRed(dept, YEAR, "budget")).isFalse();
    }

    @Test
    void aLaterPaceEventTurnsTheRedBudgetGreenWithoutAnyRequestAndIsPublished() throws Exception {
        String dept = "MONPACE";
        int before = julyRound(dept).getInt("version");
        MonitoringEvents.sendPace(dept, 2, true);

        JsonPath round = awaitRound(dept, JULY_31, r -> r.getString("budgetPace.department.light").equals("GREEN"));
        assertThat(round.getString("budgetPace.department.executed")).isEqualTo("13040.50");  // + 2800.00 on 28 July
        assertThat(round.getString("budgetPace.department.ratePercent")).isEqualTo("59.94"); // 13040.50 / 21755.05
        assertThat(round.getString("budgetPace.department.behindPoints")).isEqualTo("-1.61"); // ahead
        assertThat(round.getInt("version")).isGreaterThan(before);

        JsonNode envelope = latestEvent(dept);
        assertThat(envelope.path("type").asText()).isEqualTo(RoundComputer.EVENT_TYPE);
        assertThat(EventSchemas.published().validateEvent(envelope)).isEmpty();
        String answer = editor(dept).get(rounds(dept) + "/" + JULY_31).asString();
        assertThat(envelope.path("data")).isEqualTo(JSON.readTree(answer));
    }

    @Test
    void aReplayedPaceEventChangesNothingAndPublishesNothing() {
        String dept = "MONSAME";
        int version = julyRound(dept).getInt("version");
        long events = eventCount(dept);
        MonitoringEvents.sendPace(dept, 2, false);  // a newer version with the same content
        // the scorecard recompute and the round's follow on the same mark: wait for the projection to hold v2
        EvaluationStates.await("the pace's version 2", () -> paceVersion(dept) == 2);
        EvaluationStates.await("the recompute", () -> !pendingRecompute(dept));
        assertThat(round(dept, JULY_31).getInt("version")).isEqualTo(version);
        assertThat(eventCount(dept)).isEqualTo(events);
    }

    @Test
    void newThresholdsChangeTheLightsOfOpenRounds() {
        String dept = "MONTHRESH";
        julyRound(dept);
        int before = Integer.parseInt(admin().get("/api/v1/schemes/guangzhou-2023/monitoring-thresholds").then()
                .statusCode(200).extract().path("version"));
        try {
            admin().body(thresholds("12.00")).put("/api/v1/schemes/guangzhou-2023/monitoring-thresholds")
                    .then().statusCode(200).body("version", equalTo(String.valueOf(before + 1)))
                    .body("budgetPace.redBehindPoints", equalTo(12.0f));
            JsonPath round = awaitRound(dept, JULY_31, r -> r.getString("budgetPace.department.light").equals("YELLOW"));
            assertThat(round.getString("thresholds.budgetPace.redBehindPoints")).isEqualTo("12.00");  // 11.26 ≤ 12
            assertThat(round.getString("thresholds.version")).isEqualTo(String.valueOf(before + 1));
        } finally {
            admin().body(thresholds("10.00")).put("/api/v1/schemes/guangzhou-2023/monitoring-thresholds")
                    .then().statusCode(200);
        }
        awaitRound(dept, JULY_31, r -> r.getString("budgetPace.department.light").equals("RED"));
    }

    @Test
    void aRoundBeforeAnyDataListsWhatIsMissing() {
        String dept = "MONEARLY";
        julyRound(dept);
        editor(dept).body(Map.of("asOf", "2023-01-10")).post(rounds(dept)).then().statusCode(201)
                .header("Location", endsWith(rounds(dept) + "/2023-01-10"));
        JsonPath round = round(dept, "2023-01-10");
        assertThat(round.getList("missingInputs.input")).containsExactly("spending", "progress", "progress", "judgement");
        assertThat(round.getList("missingInputs.recordId")).contains(MonitoringEvents.id(dept, "loans"));
        assertThat(round.getString("budgetPace.department.budget")).isEqualTo("21443.80");   // the appropriation only
        assertThat(round.getString("budgetPace.department.light")).isEqualTo("NONE");
        assertThat(round.getString(indicator(dept, "loans", "light"))).isEqualTo("NONE");
        assertThat(round.getList("budgetPace.months")).isEmpty();
        assertThat(editor(dept).get(rounds(dept)).then().statusCode(200).extract().jsonPath().getList("asOf"))
                .containsExactly(JULY_31, "2023-01-10");
    }

    @Test
    void anAssessmentRecomputesTheRoundAndIsAuditedAClosedRoundIsFrozen() {
        String dept = "MONASSESS";
        String loans = MonitoringEvents.id(dept, "loans");
        int before = julyRound(dept).getInt("version");
        editor(dept).body(Map.of("judgement", "CANNOT_MEET", "forecast", "4.00万笔",
                "deviation", Map.of("reason", "OTHER", "text", "上半年房地产市场低迷"),
                "measures", List.of(Map.of("measure", "加大宣传", "owner", "归集科", "dueDate", "2023-09-30"))))
                .put(rounds(dept) + "/" + JULY_31 + "/indicators/" + loans).then().statusCode(200)
                .body("version", equalTo(before + 1))
                .body(indicator(dept, "loans", "light"), equalTo("RED"))
                .body(indicator(dept, "loans", "forecast.source"), equalTo("DEPARTMENT"))
                .body(indicator(dept, "loans", "deviation.reasonLabel"), equalTo("其他"));
        editor(dept).body(Map.of("deviation", Map.of("reason", "FUNDING", "text", "项目资金下达较晚")))
                .put(rounds(dept) + "/" + JULY_31 + "/projects/P2023-01").then().statusCode(200)
                .body("budgetPace.projects[0].deviation.reason", equalTo("FUNDING"));

        String audit = "/api/v1/departments/" + dept + "/years/" + YEAR + "/audit";
        EvaluationStates.await("the assessments' audit entries", () -> given().auth().oauth2(SeedEvents.reviewerToken())
                .queryParam("entityType", "monitoring-assessment").get(audit).then().extract().path("total").equals(2));

        editor(dept).body("{}").post(rounds(dept) + "/" + JULY_31 + "/closure").then().statusCode(200)
                .body("state", equalTo("CLOSED"));
        int closed = round(dept, JULY_31).getInt("version");
        editor(dept).body(Map.of("deviation", Map.of("reason", "OTHER", "text", "t")))
                .put(rounds(dept) + "/" + JULY_31 + "/budget").then().statusCode(409);
        editor(dept).body("{}").post(rounds(dept) + "/" + JULY_31 + "/closure").then().statusCode(409);

        editor(dept).body(Map.of("asOf", "2023-07-30")).post(rounds(dept)).then().statusCode(201);
        MonitoringEvents.sendPace(dept, 2, true);
        awaitRound(dept, "2023-07-30", r -> r.getInt("version") > 1);  // the open round follows the 28 July spending
        assertThat(round(dept, JULY_31).getInt("version")).isEqualTo(closed);
        assertThat(round(dept, JULY_31).getString("budgetPace.department.executed")).isEqualTo("10240.50");
    }

    @Test
    void theBureauSeesEveryRedLightOfEachDepartmentsLatestRound() {
        String dept = "MONWARN";
        julyRound(dept);
        JsonPath warnings = given().auth().oauth2(SeedEvents.reviewerToken()).queryParam("year", YEAR)
                .queryParam("department", dept).get("/api/v1/monitoring/warnings").then().statusCode(200)
                .extract().jsonPath();
        assertThat(warnings.getList("warnings.reference")).containsExactly(JULY_31 + "/budget",
                JULY_31 + "/project/P2023-01");
        assertThat(warnings.getInt("total")).isEqualTo(2);
        given().auth().oauth2(SeedEvents.reviewerToken()).queryParam("year", YEAR).queryParam("department", dept)
                .queryParam("kind", "PROJECT").get("/api/v1/monitoring/warnings").then().statusCode(200)
                .body("warnings.subjectId", equalTo(List.of("P2023-01")));
        given().auth().oauth2(SeedEvents.reviewerToken()).queryParam("year", YEAR).queryParam("department", dept)
                .queryParam("reason", "FUNDING").get("/api/v1/monitoring/warnings").then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(SeedEvents.reviewerToken()).queryParam("year", YEAR).queryParam("kind", "FOO")
                .get("/api/v1/monitoring/warnings").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SeedEvents.editorToken(dept)).queryParam("year", YEAR)
                .get("/api/v1/monitoring/warnings").then().statusCode(403);
    }

    @Test
    void anotherDepartmentReachesNeitherTheRoundsNorTheirAssessments() {
        String dept = "MONOWN";
        julyRound(dept);
        editor("MONOTHER").get(rounds(dept) + "/" + JULY_31).then().statusCode(403);
        editor("MONOTHER").get(rounds(dept)).then().statusCode(403);
        editor("MONOTHER").body(Map.of("deviation", Map.of("reason", "OTHER", "text", "t")))
                .put(rounds(dept) + "/" + JULY_31 + "/budget").then().statusCode(403);
        given().auth().oauth2(SeedEvents.reviewerToken()).contentType("application/json")
                .body(Map.of("deviation", Map.of("reason", "OTHER", "text", "t")))
                .put(rounds(dept) + "/" + JULY_31 + "/budget").then().statusCode(403);
    }

    static Map<String, Object> thresholds(String red) {
        return Map.of("budgetPace", Map.of("yellowBehindPoints", 0, "redBehindPoints", new BigDecimal(red),
                "monthlyTargets", Map.of()), "targetProgress", Map.of("yellowBehindPoints", 5, "redBehindPoints", 15));
    }

    private static JsonNode latestEvent(String dept) throws Exception {
        OutboxEvent event = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "topic = ?1 and eventKey = ?2 order by seq desc", RoundComputer.TOPIC, dept + ":" + YEAR).firstResult());
        return JSON.readTree(event.payload);
    }

    private static long eventCount(String dept) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("topic = ?1 and eventKey = ?2",
                RoundComputer.TOPIC, dept + ":" + YEAR));
    }

    private static long paceVersion(String dept) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) OutboxEvent.getEntityManager().createNativeQuery(
                "SELECT coalesce(max(version), 0) FROM fact_record WHERE entity_type = 'budget-pace' AND department_code = :d")
                .setParameter("d", dept).getSingleResult()).longValue());
    }

    private static boolean pendingRecompute(String dept) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) OutboxEvent.getEntityManager().createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM pending_recompute WHERE department_code = :d)")
                .setParameter("d", dept).getSingleResult());
    }
}
