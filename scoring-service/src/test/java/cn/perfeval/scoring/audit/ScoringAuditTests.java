package cn.perfeval.scoring.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.scoring.ScorecardPolling;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.testinfra.EvaluationStates;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * scoring-service's own writes are audited like every other service's and come back through audit-events into
 * the consolidated log; an item's audit shows the entries of the inputs the item read (here a judgement, and an
 * indicator whose entry another service recorded).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class ScoringAuditTests {

    private static final int YEAR = 2023;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AuditEventsConsumer consumer;

    @Test
    void aJudgementIsAuditedReachesTheLogAndShowsInTheAuditOfItsItem() throws Exception {
        String dept = "AUDSCO1";
        new SeedEvents(dept, YEAR).wholeSeed();
        int before = ScorecardPolling.awaitScorecard(dept, YEAR, scorecard -> true).getInt("version");
        String judgement = "/api/v1/departments/" + dept + "/years/" + YEAR + "/judgements/financial-compliance";
        given().auth().oauth2(SeedEvents.editorToken(dept)).contentType("application/json")
                .body(Map.of("points", 1, "text", "自评调整", "evidenceDocument", "内部控制评价报告")).put(judgement)
                .then().statusCode(200);

        OutboxEvent recorded = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "topic = ?1 and eventKey = ?2 order by seq desc", "audit-events", dept + ":" + YEAR).firstResult());
        assertThat(EventSchemas.published().validateEvent(JSON.readTree(recorded.payload))).isEmpty();

        String log = "/api/v1/departments/" + dept + "/years/" + YEAR + "/audit";
        EvaluationStates.await("the judgement's entry in the log", () -> given().auth().oauth2(SeedEvents.reviewerToken())
                .queryParam("operation", "record").get(log).then().extract().path("total").equals(1));
        given().auth().oauth2(SeedEvents.reviewerToken()).queryParam("operation", "record").get(log).then()
                .body("entries[0].service", equalTo("scoring-service"))
                .body("entries[0].role", equalTo("department-editor"))
                .body("entries[0].entityType", equalTo("judgement"))
                .body("entries[0].entityId", equalTo("financial-compliance"))
                .body("entries[0].after.text", equalTo("自评调整"));

        // the scorecard recomputed after the judgement, not one that was still on its way when it was recorded
        JsonPath scorecard = ScorecardPolling.awaitScorecard(dept, YEAR, s -> s.getString("total") != null
                && s.getInt("version") > before);
        String itemAudit = "/api/v1/departments/" + dept + "/years/" + YEAR + "/scorecard/items/financial-compliance/audit";
        given().auth().oauth2(SeedEvents.reviewerToken()).get(itemAudit).then().statusCode(200)
                .body("inputs.entityType", hasItem("judgement"))
                .body("entries.operation", hasItem("record"))
                .body("scorecardVersion", equalTo(scorecard.getInt("version")));
        given().auth().oauth2(SeedEvents.reviewerToken()).get(itemAudit.replace("financial-compliance", "no-such-item"))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anIndicatorItemShowsTheEntriesOfTheIndicatorsItRead() throws Exception {
        String dept = "AUDSCO2";
        new SeedEvents(dept, YEAR).wholeSeed();
        // the three topics are consumed independently: wait for the scorecard that has read the indicators too
        JsonPath scorecard = ScorecardPolling.awaitScorecard(dept, YEAR, s -> s.getString("total") != null
                && s.getList("indicators").size() == GuangzhouSeed.indicators().size());
        Map<String, Object> item = scorecard.getList("items", Map.class).stream()
                .filter(candidate -> candidate.toString().contains("entityType=indicator")).findFirst().orElseThrow();
        String code = (String) item.get("code");
        String indicatorId = new JsonPath(JSON.writeValueAsString(item)).getList("inputs.sources.flatten().findAll { it.entityType == 'indicator' }.id", String.class).get(0);
        consumer.onAuditEvent(AuditLogTests.record(AuditLogTests.entry(dept, YEAR, "indicator-service", "editor@" + dept,
                "department-editor", "REST", "reportActual", "indicator", indicatorId, "2024-01-10T09:00:00+08:00",
                "cid-ind"), 1));
        consumer.onAuditEvent(AuditLogTests.record(AuditLogTests.entry(dept, YEAR, "indicator-service", "editor@" + dept,
                "department-editor", "REST", "reportActual", "indicator", "not-read-by-" + code,
                "2024-01-10T09:00:00+08:00", "cid-other"), 2));
        given().auth().oauth2(SeedEvents.reviewerToken())
                .get("/api/v1/departments/" + dept + "/years/" + YEAR + "/scorecard/items/" + code + "/audit")
                .then().statusCode(200).body("inputs.entityId", hasItem(indicatorId))
                .body("entries.entityId", equalTo(java.util.List.of(indicatorId)));
    }
}
