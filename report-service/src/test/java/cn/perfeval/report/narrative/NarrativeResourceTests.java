package cn.perfeval.report.narrative;

import static cn.perfeval.report.ReportServiceTestSupport.YEAR;
import static cn.perfeval.report.ReportServiceTestSupport.as;
import static cn.perfeval.report.ReportServiceTestSupport.editorOf;
import static cn.perfeval.report.ReportServiceTestSupport.reportEvents;
import static cn.perfeval.report.ReportServiceTestSupport.reviewer;
import static cn.perfeval.report.ReportServiceTestSupport.scoreEvent;
import static cn.perfeval.report.ReportServiceTestSupport.seedFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import cn.perfeval.report.SeedScorecards;
import cn.perfeval.report.messaging.ScoreEventsConsumer;
import cn.perfeval.testinfra.RealInfrastructureResource;
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

    private static final String EDITED_PROBLEM = "部分政府采购合同签订和备案不及时，经办环节衔接有待加强。";

    @Inject
    ScoreEventsConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Test
    void writtenSectionsAreVersionedRepublishedAndAnEditedProblemSurvivesARescore() {
        String dept = "NAR1";
        var seed = seedFor(dept);
        consumer.onScoreEvent(scoreEvent(seed, 20));
        String base = "/api/v1/departments/" + dept + "/years/" + YEAR + "/report";
        as(reviewer()).post(base + "/publications").then().statusCode(201).body("version", equalTo(1));

        as(editorOf(dept)).body(Map.of("text", "1.稳步扩大灵活就业人员参加住房公积金制度试点工作。\n2.租购并举满足缴存人基本住房需求。"))
                .put(base + "/narrative/achievements").then().statusCode(200)
                .body("revision", equalTo(1)).body("writtenBy", containsString("editor"));
        given().get("/reports/" + dept + "/" + YEAR + "/versions/2").then().statusCode(200)
                .body(containsString("<p>2.租购并举满足缴存人基本住房需求。</p>"));

        // The same text again is no new revision and no new version.
        as(editorOf(dept)).body(Map.of("text", "1.稳步扩大灵活就业人员参加住房公积金制度试点工作。\n2.租购并举满足缴存人基本住房需求。"))
                .put(base + "/narrative/achievements").then().statusCode(200).body("revision", equalTo(1));
        as(editorOf(dept)).body(Map.of("text", EDITED_PROBLEM)).put(base + "/narrative/problem.procurement-contracts")
                .then().statusCode(200);
        assertThat(latest(dept).getInt("version")).isEqualTo(3);
        assertThat(reportEvents(dept)).isEqualTo(3);

        consumer.onScoreEvent(scoreEvent(SeedScorecards.withLowerContributors(seed.deepCopy()), 21));
        JsonPath rescored = latest(dept);
        assertThat(rescored.getInt("version")).isEqualTo(4);
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
        assertThat(latest(dept).getString("report.findings.find { it.key == 'procurement-contracts' }.problem"))
                .isEqualTo("部分政府采购合同签订和备案工作时效性有待加强。");
    }

    @Test
    void badNarrativeInputIsAProblemAndWritesNothing() {
        String dept = "BAD1";
        consumer.onScoreEvent(scoreEvent(seedFor(dept), 30));
        String base = "/api/v1/departments/" + dept + "/years/" + YEAR + "/report";
        as(reviewer()).post(base + "/publications").then().statusCode(201);

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
        assertThat(reportEvents(dept)).isEqualTo(1);
    }

    private static JsonPath latest(String dept) {
        return given().accept("application/json").get("/reports/" + dept + "/" + YEAR).then().statusCode(200)
                .extract().jsonPath();
    }
}
