package cn.perfeval.scoring.rectification;

import static cn.perfeval.scoring.rectification.RectificationSteps.as;
import static cn.perfeval.scoring.rectification.RectificationSteps.auditEntries;
import static cn.perfeval.scoring.rectification.RectificationSteps.close;
import static cn.perfeval.scoring.rectification.RectificationSteps.editor;
import static cn.perfeval.scoring.rectification.RectificationSteps.erp;
import static cn.perfeval.scoring.rectification.RectificationSteps.open;
import static cn.perfeval.scoring.rectification.RectificationSteps.reviewer;
import static cn.perfeval.scoring.rectification.RectificationSteps.task;
import static cn.perfeval.scoring.rectification.RectificationSteps.tasks;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.platform.time.ChinaClock;
import cn.perfeval.scoring.CycleSteps;
import cn.perfeval.scoring.ScorecardPolling;
import cn.perfeval.scoring.recompute.PendingRecomputes;
import cn.perfeval.scoring.scorecard.ScorecardService;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rectification tasks on the running service (real PostgreSQL and Kafka): the department opens a task for a problem
 * of its seeded scorecard, lists, reads and closes it, each write audited; the bureau may open one too; nobody
 * reaches another department's tasks; the next year's scorecard carries them (carriedRectification).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class RectificationTests {

    static final int YEAR = CycleSteps.YEAR;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PendingRecomputes pending;

    /** The seed's facts of 2023, scored: contract-signing-timeliness and budget-spending-rate lost points. */
    static void seeded(String dept) {
        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            events.wholeSeed();
        }
        CycleSteps.awaitSettled(dept);
    }

    @Test
    void theDepartmentOpensListsReadsAndClosesATaskEachWriteAudited() throws Exception {
        String dept = "RECTFLOW";
        seeded(dept);
        Response opened = open(editor(dept), dept, YEAR, task("REPORT_PROBLEM", "contract-signing-timeliness",
                "2024-06-30"));
        opened.then().statusCode(201).body("state", equalTo("OPEN")).body("version", equalTo(1))
                .body("openedBy", equalTo("editor")).body("source.kind", equalTo("REPORT_PROBLEM"))
                .body("closure", nullValue());
        long first = opened.jsonPath().getLong("id");
        assertThat(opened.header("Location")).endsWith(tasks(dept, YEAR) + "/" + first);
        // the bureau may open one too, due on the last day of the year (the report problem's own date)
        long second = open(reviewer(), dept, YEAR, task("REPORT_PROBLEM", "budget-spending-rate", "2023-12-31"))
                .then().statusCode(201).extract().jsonPath().getLong("id");

        as(reviewer()).get(tasks(dept, YEAR)).then().statusCode(200).body("total", equalTo(2))
                .body("tasks.id", equalTo(List.of((int) first, (int) second)));
        as(editor(dept)).queryParam("size", 1).queryParam("page", 1).get(tasks(dept, YEAR)).then().statusCode(200)
                .body("tasks.id", equalTo(List.of((int) second))).body("total", equalTo(2)).body("size", equalTo(1));
        as(editor(dept)).get(tasks(dept, YEAR) + "/" + first).then().statusCode(200)
                .body("source.reference", equalTo("contract-signing-timeliness")).body("dueDate", equalTo("2024-06-30"));

        close(editor(dept), dept, YEAR, first, Map.of("evidence", "已建立合同签订时限台账", "evidenceUrl",
                "https://zfcg.gz.gov.cn/contracts/2024?page=1")).then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("version", equalTo(2))
                .body("closure.closedBy", equalTo("editor")).body("closure.evidence", equalTo("已建立合同签订时限台账"))
                .body("closure.closedOn", equalTo(LocalDate.now(ZoneId.of(ChinaClock.ZONE)).toString()));
        close(editor(dept), dept, YEAR, first, Map.of("evidence", "再次关闭")).then().statusCode(409)
                .contentType("application/problem+json");

        as(editor(dept)).queryParam("state", "CLOSED").get(tasks(dept, YEAR)).then()
                .body("tasks.id", equalTo(List.of((int) first))).body("tasks[0].closure.evidence", equalTo("已建立合同签订时限台账"));
        as(editor(dept)).queryParam("state", "OPEN").get(tasks(dept, YEAR)).then()
                .body("tasks.id", equalTo(List.of((int) second)));

        List<OutboxEvent> audited = auditEntries(dept, YEAR);
        assertThat(audited).extracting(event -> entry(event).path("operation").asText())
                .containsExactly("openRectificationTask", "openRectificationTask", "closeRectificationTask");
        assertThat(audited).extracting(event -> entry(event).path("action").asText())
                .containsExactly("CREATE", "CREATE", "UPDATE");
        assertThat(entry(audited.get(2)).path("before").path("state").asText()).isEqualTo("OPEN");
        assertThat(entry(audited.get(2)).path("after").path("state").asText()).isEqualTo("CLOSED");
        for (OutboxEvent event : audited) {
            assertThat(EventSchemas.published().validateEvent(JSON.readTree(event.payload))).isEmpty();
        }
    }

    @Test
    void nobodyReachesAnotherDepartmentsTasksAndOnlyTheDepartmentCloses() {
        String dept = "RECTOWN";
        seeded(dept);
        long id = open(editor(dept), dept, YEAR, task("REPORT_PROBLEM", "contract-filing-timeliness", "2024-03-31"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String other = "RECTOTHER";

        as(editor(other)).get(tasks(dept, YEAR)).then().statusCode(403);
        as(editor(other)).get(tasks(dept, YEAR) + "/" + id).then().statusCode(403);
        open(editor(other), dept, YEAR, task("REPORT_PROBLEM", "contract-filing-timeliness", "2024-03-31"))
                .then().statusCode(403);
        close(editor(other), dept, YEAR, id, Map.of("evidence", "越权关闭")).then().statusCode(403);
        // through its own department's path, another department's task is not there
        as(editor(other)).get(tasks(other, YEAR) + "/" + id).then().statusCode(404).contentType("application/problem+json");
        close(editor(other), other, YEAR, id, Map.of("evidence", "越权关闭")).then().statusCode(404);
        as(reviewer()).get(tasks(dept, YEAR - 1) + "/" + id).then().statusCode(404);
        // the bureau opens but does not close; the ERP link reads only
        close(reviewer(), dept, YEAR, id, Map.of("evidence", "评审关闭")).then().statusCode(403);
        open(erp(dept), dept, YEAR, task("REPORT_PROBLEM", "contract-filing-timeliness", "2024-03-31"))
                .then().statusCode(403);
        as(erp(dept)).get(tasks(dept, YEAR)).then().statusCode(200).body("total", equalTo(1));

        as(reviewer()).get(tasks(dept, YEAR) + "/" + id).then().statusCode(200).body("state", equalTo("OPEN"));
        assertThat(auditEntries(dept, YEAR)).hasSize(1);
        assertThat(auditEntries(other, YEAR)).isEmpty();
    }

    @Test
    void theNextYearsScorecardCarriesTheTasksEvenWhenItAppearsLater() throws Exception {
        String dept = "RECTCARRY";
        seeded(dept);
        long id = open(editor(dept), dept, YEAR, task("REPORT_PROBLEM", "contract-signing-timeliness", "2024-06-30"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // no evaluation of the next year yet: nothing to rescore, and nothing made up
        assertThat(QuarkusTransaction.requiringNew().call(() -> pending.isPending(dept, YEAR + 1))).isFalse();
        given().auth().oauth2(reviewer()).get(ScorecardPolling.scorecardPath(dept, YEAR + 1)).then().statusCode(404);
        assertThat(ScorecardPolling.awaitScorecard(dept, YEAR, s -> true).getList("carriedRectification")).isEmpty();

        try (SeedEvents events = new SeedEvents(dept, YEAR + 1)) {
            events.wholeSeed();
        }
        JsonPath carried = ScorecardPolling.awaitScorecard(dept, YEAR + 1,
                s -> s.getList("carriedRectification").size() == 1);
        assertThat(carried.getMap("carriedRectification[0]")).containsEntry("id", (int) id)
                .containsEntry("fiscalYear", YEAR).containsEntry("state", "OPEN").containsEntry("dueDate", "2024-06-30")
                .containsEntry("owner", "财务处").containsEntry("closedOn", null)
                .containsKeys("problem", "goal", "measure");

        close(editor(dept), dept, YEAR, id, Map.of("evidence", "已整改")).then().statusCode(200);
        JsonPath closed = ScorecardPolling.awaitScorecard(dept, YEAR + 1,
                s -> "CLOSED".equals(s.getString("carriedRectification[0].state")));
        assertThat(closed.getInt("version")).isGreaterThan(carried.getInt("version"));
        assertThat(closed.getString("carriedRectification[0].closedOn"))
                .isEqualTo(LocalDate.now(ZoneId.of(ChinaClock.ZONE)).toString());

        List<OutboxEvent> published = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "topic = ?1 and eventKey = ?2 order by seq", ScorecardService.TOPIC, dept + ":" + (YEAR + 1)));
        assertThat(published).isNotEmpty().allSatisfy(event ->
                assertThat(EventSchemas.published().validateEvent(JSON.readTree(event.payload))).as(event.payload).isEmpty());
        assertThat(JSON.readTree(published.get(published.size() - 1).payload).at("/data/carriedRectification/0/state")
                .asText()).isEqualTo("CLOSED");
    }

    private static JsonNode entry(OutboxEvent event) {
        try {
            return JSON.readTree(event.payload).path("data");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
