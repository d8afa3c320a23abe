package cn.perfeval.report.narrative;

import static cn.perfeval.report.ReportServiceTestSupport.YEAR;
import static cn.perfeval.report.ReportServiceTestSupport.as;
import static cn.perfeval.report.ReportServiceTestSupport.editorOf;
import static cn.perfeval.report.ReportServiceTestSupport.scoreEvent;
import static cn.perfeval.report.ReportServiceTestSupport.seedFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.platform.cycle.EvaluationStateConsumer;
import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.report.SeedScorecards;
import cn.perfeval.report.messaging.ScoreEventsConsumer;
import cn.perfeval.testinfra.EvaluationStates;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.WriteOperations;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The narrative is one of the evaluation's facts: locked by a submission from the real broker (409, nothing
 * stored, nothing published), writable again once returned; each accepted write or withdrawal is audited with the
 * section before and after.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report_tests"))
class NarrativeLockAndAuditTests {

    private static final EventSchemas SCHEMAS = EventSchemas.published();

    @Inject
    ScoreEventsConsumer scores;

    @Inject
    EvaluationStateConsumer states;

    @Inject
    EntityManager entityManager;

    @Test
    void aSubmittedEvaluationRefusesNarrativeWritesUntilReturned() {
        String dept = "NARLOCK";
        scores.onScoreEvent(scoreEvent(seedFor(dept), 1));
        String section = "/api/v1/departments/" + dept + "/years/" + YEAR + "/report/narrative/achievements";
        as(editorOf(dept)).body(Map.of("text", "原文")).put(section).then().statusCode(200);

        EvaluationStates.send(dept, YEAR, 1, "SUBMITTED");
        EvaluationStates.await("the submission of " + dept, () -> QuarkusTransaction.requiringNew().call(() ->
                !entityManager.createNativeQuery("SELECT 1 FROM evaluation_write_window WHERE department_code = :d")
                        .setParameter("d", dept).getResultList().isEmpty()));
        long outbox = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
        as(editorOf(dept)).body(Map.of("text", "新文")).put(section).then().statusCode(409)
                .contentType("application/problem+json").body("state", equalTo("SUBMITTED"))
                .body("stateLabel", equalTo("已提交")).body("detail", containsString("return"));
        as(editorOf(dept)).delete(section).then().statusCode(409).body("state", equalTo("SUBMITTED"));
        as(editorOf(dept)).get(section).then().statusCode(200).body("text", equalTo("原文"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count())).isEqualTo(outbox);

        states.onStateEvent(EvaluationStates.record(dept, YEAR, 1, "SUBMITTED", 99));
        states.onStateEvent(EvaluationStates.record(dept, YEAR, 2, "RETURNED", 100));
        as(editorOf(dept)).body(Map.of("text", "新文")).put(section).then().statusCode(200);
    }

    @Test
    void everyNarrativeWriteIsAuditedWithTheSectionBeforeAndAfter() throws Exception {
        String dept = "NARAUDIT";
        scores.onScoreEvent(scoreEvent(SeedScorecards.document().put("departmentCode", dept), 1));
        String section = "/api/v1/departments/" + dept + "/years/" + YEAR + "/report/narrative/achievements";
        as(editorOf(dept)).body(Map.of("text", "第一稿")).put(section).then().statusCode(200);
        as(editorOf(dept)).body(Map.of("text", "第二稿")).put(section).then().statusCode(200);
        as(editorOf(dept)).delete(section).then().statusCode(200);
        as(editorOf(dept)).body(Map.of("text", " ")).put(section).then().statusCode(400);

        List<JsonNode> entries = new ArrayList<>();
        for (OutboxEvent row : QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "topic = ?1 and eventKey = ?2 order by seq", "audit-events", dept + ":" + YEAR))) {
            entries.add(SeedScorecards.JSON.readTree(row.payload));
        }
        assertThat(entries).hasSize(3);
        assertThat(entries).allSatisfy(entry -> assertThat(SCHEMAS.validateEvent(entry)).isEmpty());
        JsonNode second = entries.get(1).path("data");
        assertThat(second.path("operation").asText()).isEqualTo("write");
        assertThat(second.path("entityType").asText()).isEqualTo("narrative-section");
        assertThat(second.path("entityId").asText()).isEqualTo("achievements");
        assertThat(second.path("before").path("text").asText()).isEqualTo("第一稿");
        assertThat(second.path("after").path("text").asText()).isEqualTo("第二稿");
        assertThat(entries.get(0).path("data").path("action").asText()).isEqualTo("CREATE");
        assertThat(entries.get(2).path("data").path("operation").asText()).isEqualTo("withdraw");
        assertThat(entries.get(2).path("data").path("after").path("text").isNull()).isTrue();

        Set<String> narrativeWrites = new TreeSet<>(WriteOperations.of(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString()));
        narrativeWrites.retainAll(Set.of("write", "withdraw"));
        Set<String> audited = new TreeSet<>();
        entries.forEach(entry -> audited.add(entry.path("data").path("operation").asText()));
        assertThat(audited).isEqualTo(narrativeWrites);
    }
}
