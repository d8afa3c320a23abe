package cn.perfeval.report.narrative;

import static cn.perfeval.report.ReportServiceTestSupport.NARRATIVE_CHANGED;
import static cn.perfeval.report.ReportServiceTestSupport.YEAR;
import static cn.perfeval.report.ReportServiceTestSupport.approval;
import static cn.perfeval.report.ReportServiceTestSupport.as;
import static cn.perfeval.report.ReportServiceTestSupport.editorOf;
import static cn.perfeval.report.ReportServiceTestSupport.reportEvents;
import static cn.perfeval.report.ReportServiceTestSupport.reviewer;
import static cn.perfeval.report.ReportServiceTestSupport.scoreEvent;
import static cn.perfeval.report.ReportServiceTestSupport.seedFor;
import static cn.perfeval.report.ReportServiceTestSupport.stateEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import cn.perfeval.report.SeedScorecards;
import cn.perfeval.report.messaging.EvaluationStateConsumer;
import cn.perfeval.report.messaging.ScoreEventsConsumer;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report_tests"))
class NarrativeResourceTests {

    private static final EventSchemas SCHEMAS = EventSchemas.published();
    private static final String EDITED_PROBLEM = "部分政府采购合同签订和备案不及时，经办环节衔接有待加强。";

    @Inject
    ScoreEventsConsumer consumer;

    @Inject
    EvaluationStateConsumer states;

    @Inject
    EntityManager entityManager;

    @Test
    void writtenSectionsAreVersionedShownInTheDraftPublishedByTheNextApprovalAndAnEditedProblemSurvivesARescore() {
        String dept = "NAR1";
        var seed = seedFor(dept);
        consumer.onScoreEvent(scoreEvent(seed, 20));
        String base = "/api/v1/departments/" + dept + "/years/" + YEAR + "/report";
        states.onStateEvent(approval(dept, 1, 3, 20));
        states.onStateEvent(stateEvent(dept, 2, "reopen", "DRAFT", null, 21));

        as(editorOf(dept)).body(Map.of("text", "1.稳步扩大灵活就业人员参加住房公积金制度试点工作。\n2.租购并举满足缴存人基本住房需求。"))
                .put(base + "/narrative/achievements").then().statusCode(200)
                .body("revision", equalTo(1)).body("writtenBy", containsString("editor"));
        as(editorOf(dept)).accept("text/html").get(base).then().statusCode(200)
                .body(containsString("<p>2.租购并举满足缴存人基本住房需求。</p>"));

        // The same text again is no new revision and announces nothing.
        as(editorOf(dept)).body(Map.of("text", "1.稳步扩大灵活就业人员参加住房公积金制度试点工作。\n2.租购并举满足缴存人基本住房需求。"))
                .put(base + "/narrative/achievements").then().statusCode(200).body("revision", equalTo(1));
        as(editorOf(dept)).body(Map.of("text", EDITED_PROBLEM)).put(base + "/narrative/problem.procurement-contracts")
                .then().statusCode(200);
        assertThat(latest(dept).getInt("version")).isEqualTo(1);
        assertThat(reportEvents(dept, NARRATIVE_CHANGED)).hasSize(2);

        states.onStateEvent(approval(dept, 3, 3, 22));
        given().get("/reports/" + dept + "/" + YEAR + "/versions/2").then().statusCode(200)
                .body(containsString("<p>2.租购并举满足缴存人基本住房需求。</p>"));
        consumer.onScoreEvent(scoreEvent(SeedScorecards.withLowerContributors(seed.deepCopy()), 21));
        states.onStateEvent(approval(dept, 5, 4, 23));
        JsonPath rescored = latest(dept);
        assertThat(rescored.getInt("version")).isEqualTo(3);
        assertThat(rescored.getString("report.findings.find { it.key == 'procurement-contracts' }.problem"))
                .isEqualTo(EDITED_PROBLEM);
        assertThat(rescored.getBoolean("report.findings.find { it.key == 'procurement-contracts' }.problemEdited"))
                .isTrue();
        assertThat(rescored.getString("report.findings.find { it.key == 'procurement-contracts' }.measure"))
                .startsWith("进一步完善采购工作流程。一是提高采购合同签订效率。");

        as(editorOf(dept)).body(Map.of("text", "1.稳步扩大灵活就业人员参加住房公积金制度试点工作。"))
                .put(base + "/narrative/achievements").then().statusCode(200).body("revision", equalTo(2));
        as(reviewer()).get(base + "/narrative/achievements/revisions").then().statusCode(200)
                .body("revision", equalTo(java.util.List.of(1, 2)));
        as(editorOf(dept)).delete(base + "/narrative/problem.procurement-contracts").then().statusCode(200)
                .body("text", equalTo(null));
        states.onStateEvent(approval(dept, 7, 4, 24));
        assertThat(latest(dept).getString("report.findings.find { it.key == 'procurement-contracts' }.problem"))
                .isEqualTo("部分政府采购合同签订和备案工作时效性有待加强。");
    }

    @Test
    void everyWriteAndWithdrawalAnnouncesEveryOutlineSectionWithItsLengthUnderTheNextRevision() {
        String dept = "NAR2";
        String base = "/api/v1/departments/" + dept + "/years/" + YEAR + "/report/narrative/";
        as(editorOf(dept)).body(Map.of("text", "𠮷野家的成效")).put(base + "achievements").then().statusCode(200);
        as(editorOf(dept)).body(Map.of("text", " 职能 ")).put(base + "functions").then().statusCode(200);
        as(editorOf(dept)).delete(base + "achievements").then().statusCode(200);
        as(editorOf(dept)).body(Map.of("text", EDITED_PROBLEM)).put(base + "problem.procurement-contracts")
                .then().statusCode(200);

        List<JsonNode> events = reportEvents(dept, NARRATIVE_CHANGED);
        assertThat(events).allSatisfy(event -> assertThat(SCHEMAS.validateEvent(event)).as(event.toString()).isEmpty());
        assertThat(events).extracting(event -> event.at("/data/revision").asInt()).containsExactly(1, 2, 3, 4);
        assertThat(events.get(0).at("/data/sections").findValuesAsText("key")).containsExactly("functions",
                "key-task-completion", "performance-management", "conclusion", "project-expenditure", "achievements",
                "measures-closing");
        assertThat(events.get(0).at("/data/sections/5/title").asText()).isEqualTo("主要工作成效");
        assertThat(events).extracting(event -> characters(event, "achievements"), event -> characters(event, "functions"))
                .containsExactly(tuple(6, 0), tuple(6, 2), tuple(0, 2), tuple(0, 2));
    }

    private static int characters(JsonNode event, String key) {
        for (JsonNode section : event.at("/data/sections")) {
            if (key.equals(section.path("key").asText())) {
                return section.path("characters").asInt();
            }
        }
        throw new AssertionError("no section " + key + " in " + event);
    }

    @Test
    void badNarrativeInputIsAProblemAndWritesNothing() {
        String dept = "BAD1";
        consumer.onScoreEvent(scoreEvent(seedFor(dept), 30));
        String base = "/api/v1/departments/" + dept + "/years/" + YEAR + "/report";
        states.onStateEvent(approval(dept, 1, 3, 30));

        as(editorOf(dept)).body(Map.of("text", "  ")).put(base + "/narrative/achievements").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        as(editorOf(dept)).body("{}").put(base + "/narrative/achievements").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        as(editorOf(dept)).body(Map.of("text", "成".repeat(20_001))).put(base + "/narrative/achievements").then()
                .statusCode(400).contentType("application/problem+json");
        as(editorOf(dept)).body(Map.of("text", "a\u0000b")).put(base + "/narrative/achievements").then()
                .statusCode(400).contentType("application/problem+json");
        // characters XML forbids: the PDF and DOCX of this and every later version could not be made
        for (String escaped : List.of("\\uFFFE", "\\uD800")) {
            as(editorOf(dept)).body("{\"text\":\"成效" + escaped + "\"}").put(base + "/narrative/achievements")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("text"));
        }
        as(editorOf(dept)).body("{\"text\": ").put(base + "/narrative/achievements").then().statusCode(400)
                .contentType("application/problem+json");
        as(editorOf(dept)).body("{\"text\":\"成效\",\"author\":\"x\"}").put(base + "/narrative/achievements").then()
                .statusCode(400).contentType("application/problem+json");
        as(editorOf(dept)).body(Map.of("text", "成效")).put(base + "/narrative/no-such-section").then()
                .statusCode(404).contentType("application/problem+json");
        as(editorOf(dept)).body(Map.of("text", "成效")).put(base + "/narrative/problem.Not_A_Code").then()
                .statusCode(404).contentType("application/problem+json");
        as(editorOf("OTHER")).body(Map.of("text", "成效")).put(base + "/narrative/achievements").then()
                .statusCode(403).contentType("application/problem+json");
        as(reviewer()).body(Map.of("text", "成效")).put(base + "/narrative/achievements").then()
                .statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("text", "成效")).put(base + "/narrative/achievements")
                .then().statusCode(401);

        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM narrative_revision WHERE department_code = :dept").setParameter("dept", dept)
                .getSingleResult()).intValue())).isZero();
        as(editorOf(dept)).get(base + "/narrative").then().statusCode(200).body("revision", everyItem(equalTo(0)));
        assertThat(latest(dept).getInt("version")).isEqualTo(1);
        assertThat(reportEvents(dept, NARRATIVE_CHANGED)).isEmpty();
    }

    private static JsonPath latest(String dept) {
        return given().accept("application/json").get("/reports/" + dept + "/" + YEAR).then().statusCode(200)
                .extract().jsonPath();
    }
}
