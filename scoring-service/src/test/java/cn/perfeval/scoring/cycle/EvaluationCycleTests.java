package cn.perfeval.scoring.cycle;

import static cn.perfeval.scoring.CycleSteps.YEAR;
import static cn.perfeval.scoring.CycleSteps.as;
import static cn.perfeval.scoring.CycleSteps.base;
import static cn.perfeval.scoring.CycleSteps.cycle;
import static cn.perfeval.scoring.CycleSteps.editor;
import static cn.perfeval.scoring.CycleSteps.reviewer;
import static cn.perfeval.scoring.CycleSteps.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.scoring.CycleSteps;
import cn.perfeval.scoring.scorecard.ScorecardVersion;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The state machine through the running service: the whole cycle with its events (outbox and broker, against the
 * published schema), and every refused transition in every state changing nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class EvaluationCycleTests {

    private static final EventSchemas SCHEMAS = EventSchemas.published();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> REASON = Map.of("reason", "“预算执行率”说明不充分，请补充分月执行情况。");

    @Test
    void theWholeCyclePublishesEachStateAsTheSchemaSays() throws Exception {
        String dept = "CYC-WHOLE";
        CycleSteps.cleanSeed(dept);
        as(editor(dept)).get(base(dept) + "/cycle").then().statusCode(200).body("state", equalTo("DRAFT"))
                .body("stateLabel", equalTo("填报中")).body("factsWritable", equalTo(true)).body("sequence", equalTo(0))
                .body("allowedTransitions", contains("submit"));
        assertThat(cycle(dept).getList("allowedTransitions")).isEmpty();
        int scorecard = latestScorecard(dept);

        JsonPath submitted = transition(editor(dept), dept, "submission", Map.of()).then().statusCode(200).extract().jsonPath();
        assertThat(submitted.getString("state")).isEqualTo("SUBMITTED");
        assertThat(submitted.getInt("history[0].sequence")).isEqualTo(1);
        assertThat(submitted.getString("history[0].fromState")).isEqualTo("DRAFT");
        assertThat(submitted.getString("history[0].actor.subject")).isEqualTo("editor-cyc-whole");
        assertThat(submitted.getString("history[0].actor.role")).isEqualTo("department-editor");
        assertThat(submitted.getInt("history[0].scorecardVersion")).isEqualTo(scorecard);
        assertThat(cycle(dept).getList("allowedTransitions")).containsExactly("return", "approve");

        transition(reviewer(), dept, "return", REASON).then().statusCode(200).body("state", equalTo("RETURNED"))
                .body("history[1].reason", equalTo(REASON.get("reason"))).body("history[1].scorecardVersion", equalTo(null));
        transition(editor(dept), dept, "submission", Map.of("note", "已补充说明")).then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("history[2].reason", equalTo("已补充说明"));
        transition(reviewer(), dept, "approval", Map.of()).then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("history[3].scorecardVersion", equalTo(scorecard));
        CycleSteps.released(dept, 4, scorecard);
        CycleSteps.await("release", () -> "RELEASED".equals(cycle(dept).getString("state")));
        JsonPath released = cycle(dept);
        assertThat(released.getString("history[4].actor.subject")).isEqualTo("report-service");
        assertThat(released.getString("history[4].actor.role")).isEqualTo("system");
        assertThat(released.getInt("history[4].scorecardVersion")).isEqualTo(scorecard);
        transition(reviewer(), dept, "reopening", REASON).then().statusCode(200).body("state", equalTo("DRAFT"))
                .body("sequence", equalTo(6)).body("factsWritable", equalTo(true));

        assertTheSixStatesWerePublished(dept);
    }

    /** In the outbox, valid against the published schema, and on the broker, in order. */
    private static void assertTheSixStatesWerePublished(String dept) {
        List<JsonNode> events = published(dept);
        assertThat(events).allSatisfy(event -> assertThat(SCHEMAS.validateEvent(event)).as(event.toString()).isEmpty());
        assertThat(events).extracting(event -> event.at("/data/transition").asText())
                .containsExactly("submit", "return", "submit", "approve", "release", "reopen");
        assertThat(events).extracting(event -> event.at("/data/factsWritable").asBoolean())
                .containsExactly(false, true, false, false, false, true);
        assertThat(events.get(3).at("/data/stateLabel").asText()).isEqualTo("审核通过");
        assertThat(CycleSteps.fromTopic(EvaluationCycle.TOPIC, dept, 6)).extracting(value -> read(value).at("/data/sequence").asInt())
                .containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aTransitionNotAllowedNowIsA409NamingTheAllowedOnesAndChangesNothing() {
        String dept = "CYC-REFUSE";
        CycleSteps.cleanSeed(dept);
        refused(reviewer(), dept, "return", REASON, "submit");
        refused(reviewer(), dept, "approval", Map.of(), "submit");
        refused(reviewer(), dept, "reopening", REASON, "submit");

        transition(editor(dept), dept, "submission", Map.of()).then().statusCode(200);
        refused(editor(dept), dept, "submission", Map.of(), "return", "approve");
        refused(reviewer(), dept, "reopening", REASON, "return", "approve");

        transition(reviewer(), dept, "approval", Map.of()).then().statusCode(200);
        refused(editor(dept), dept, "submission", Map.of(), "release", "reopen");
        refused(reviewer(), dept, "return", REASON, "release", "reopen");
        refused(reviewer(), dept, "approval", Map.of(), "release", "reopen");

        CycleSteps.released(dept, 2, latestScorecard(dept));
        CycleSteps.await("release", () -> "RELEASED".equals(cycle(dept).getString("state")));
        refused(editor(dept), dept, "submission", Map.of(), "reopen");
        refused(reviewer(), dept, "return", REASON, "reopen");
        refused(reviewer(), dept, "approval", Map.of(), "reopen");

        transition(reviewer(), dept, "reopening", REASON).then().statusCode(200);
        transition(editor(dept), dept, "submission", Map.of()).then().statusCode(200).body("sequence", equalTo(5));
        refused(editor(dept), dept, "submission", Map.of(), "return", "approve");
    }

    @Test
    void aStaleOrRepeatedReleaseChangesNothing() {
        String dept = "CYC-RELEASE";
        CycleSteps.cleanSeed(dept);
        transition(editor(dept), dept, "submission", Map.of()).then().statusCode(200);
        transition(reviewer(), dept, "approval", Map.of()).then().statusCode(200);
        int scorecard = latestScorecard(dept);
        CycleSteps.released(dept, 1, scorecard);
        CycleSteps.released(dept, 2, scorecard);
        CycleSteps.await("release", () -> "RELEASED".equals(cycle(dept).getString("state")));

        CycleSteps.released(dept, 2, scorecard);
        transition(reviewer(), dept, "reopening", REASON).then().statusCode(200);
        CycleSteps.released(dept, 2, scorecard);
        // report-events keeps one evaluation's events in order: once this narrative revision is read, so are the releases
        try (cn.perfeval.scoring.SeedEvents events = new cn.perfeval.scoring.SeedEvents(dept, YEAR)) {
            CycleSteps.narrative(events, 2, 100, "conclusion");
        }
        CycleSteps.awaitValidation(dept, validation -> validation.getList("findings").size() == 1);

        JsonPath after = cycle(dept);
        assertThat(after.getString("state")).isEqualTo("DRAFT");
        assertThat(after.getList("history.transition")).containsExactly("submit", "approve", "release", "reopen");
        assertThat(published(dept)).hasSize(4);
    }

    @Test
    void aReportEventWithoutItsFieldsIsDeadLetteredAndOtherTypesAreIgnored() {
        String dept = "CYC-POISON";
        CycleSteps.cleanSeed(dept);
        transition(editor(dept), dept, "submission", Map.of()).then().statusCode(200);
        transition(reviewer(), dept, "approval", Map.of()).then().statusCode(200);
        try (cn.perfeval.scoring.SeedEvents events = new cn.perfeval.scoring.SeedEvents(dept, YEAR)) {
            events.raw("report-events", "{\"specversion\":\"1.0\",\"id\":\"poison-1\",\"type\":"
                    + "\"cn.perfeval.report.report.released\",\"data\":{\"departmentCode\":\"" + dept + "\",\"fiscalYear\":2023}}");
            events.raw("report-events", "{\"specversion\":\"1.0\",\"id\":\"published-1\",\"type\":"
                    + "\"cn.perfeval.report.report.published\",\"data\":{\"departmentCode\":\"" + dept + "\"}}");
        }
        CycleSteps.released(dept, 2, latestScorecard(dept));
        CycleSteps.await("release", () -> "RELEASED".equals(cycle(dept).getString("state")));
        assertThat(CycleSteps.fromTopic("report-events.scoring-service.dlq", dept, 1)).hasSize(1)
                .allSatisfy(value -> assertThat(value).contains("poison-1"));
        assertThat(cycle(dept).getList("history.transition")).containsExactly("submit", "approve", "release");
    }

    @Test
    void eachTransitionIsForItsRoleOnly() {
        String dept = "CYC-ROLES";
        CycleSteps.cleanSeed(dept);
        String erp = TestInfrastructure.tokens().token("erp", java.util.Set.of("erp-integration"), java.util.Set.of(dept));
        String admin = TestInfrastructure.tokens().token("admin", java.util.Set.of("admin"), java.util.Set.of());
        for (String token : List.of(reviewer(), erp, admin)) {
            transition(token, dept, "submission", Map.of()).then().statusCode(403);
        }
        transition(editor("CYC-OTHER"), dept, "submission", Map.of()).then().statusCode(403);
        transition(editor(dept), dept, "submission", Map.of()).then().statusCode(200);
        for (String token : List.of(editor(dept), erp, admin)) {
            transition(token, dept, "return", REASON).then().statusCode(403);
            transition(token, dept, "approval", Map.of()).then().statusCode(403);
            transition(token, dept, "reopening", REASON).then().statusCode(403);
        }
        assertThat(cycle(dept).getInt("sequence")).isEqualTo(1);
        assertThat(published(dept)).hasSize(1);
    }

    @Test
    void returnAndReopenNeedAReason() {
        String dept = "CYC-REASON";
        CycleSteps.cleanSeed(dept);
        transition(editor(dept), dept, "submission", Map.of()).then().statusCode(200);
        for (Map<String, String> body : List.of(Map.<String, String>of(), Map.of("reason", ""), Map.of("reason", " \n "))) {
            transition(reviewer(), dept, "return", body).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("reason"));
        }
        transition(reviewer(), dept, "approval", Map.of()).then().statusCode(200);
        transition(reviewer(), dept, "reopening", Map.of()).then().statusCode(400).contentType("application/problem+json");
        assertThat(cycle(dept).getString("state")).isEqualTo("APPROVED");
        assertThat(published(dept)).hasSize(2);
    }

    @Test
    void anEvaluationNobodyReportedIsA404() {
        as(reviewer()).get(base("CYC-NOBODY") + "/cycle").then().statusCode(404).contentType("application/problem+json");
        transition(editor("CYC-NOBODY"), "CYC-NOBODY", "submission", Map.of()).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(published("CYC-NOBODY")).isEmpty();
    }

    /** A 409 problem listing exactly {@code allowed}; the state, the history and the outbox stay as they were. */
    private static void refused(String token, String dept, String path, Map<String, ?> body, String... allowed) {
        int sequence = cycle(dept).getInt("sequence");
        int events = published(dept).size();
        transition(token, dept, path, body).then().statusCode(409).contentType("application/problem+json")
                .body("allowedTransitions", contains((Object[]) allowed));
        assertThat(cycle(dept).getInt("sequence")).isEqualTo(sequence);
        assertThat(cycle(dept).getList("history")).hasSize(sequence);
        assertThat(published(dept)).hasSize(events);
    }

    static int latestScorecard(String dept) {
        return QuarkusTransaction.requiringNew().call(() -> ScorecardVersion.latest(dept, YEAR).orElseThrow().version);
    }

    /** The state events of the evaluation in the outbox, oldest first. */
    static List<JsonNode> published(String dept) {
        List<OutboxEvent> rows = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "topic = ?1 and eventKey = ?2 order by seq", EvaluationCycle.TOPIC, dept + ":" + YEAR));
        List<JsonNode> events = new ArrayList<>();
        for (OutboxEvent row : rows) {
            events.add(read(row.payload));
        }
        return events;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
