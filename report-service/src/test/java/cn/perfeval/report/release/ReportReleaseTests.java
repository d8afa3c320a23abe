package cn.perfeval.report.release;

import static cn.perfeval.report.ReportServiceTestSupport.PUBLISHED;
import static cn.perfeval.report.ReportServiceTestSupport.RELEASED;
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
import static org.hamcrest.Matchers.not;

import cn.perfeval.report.SeedScorecards;
import cn.perfeval.report.messaging.EvaluationStateConsumer;
import cn.perfeval.report.messaging.ScoreEventsConsumer;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The yearly cycle's publication (docs/yearly-cycle.md): the draft shows every change, the public report only what
 * the bureau approved. Approvals and scorecards are fed to the two consumers as the broker delivers them, in either
 * order and repeated; {@link ApprovalDeliveryTests} shows the same through the real broker.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report_tests"))
class ReportReleaseTests {

    private static final String CONTRIBUTORS_ACTUAL = "表1「当年广州住房公积金实缴人数」完成指标值：534.89万人 → 520万人";

    @Inject
    ScoreEventsConsumer scores;

    @Inject
    EvaluationStateConsumer states;

    @Test
    void theDraftShowsEveryChangeWhileThePublicReportShowsOnlyTheApprovedScorecard() {
        String dept = "REL1";
        scores.onScoreEvent(scoreEvent(seedFor(dept), 1));
        states.onStateEvent(stateEvent(dept, 1, "submit", "SUBMITTED", 3, 1));
        assertThat(draft(dept).getObject("total", BigDecimal.class)).isEqualByComparingTo("95.54");
        given().get("/reports/" + dept + "/" + YEAR).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("approves"));
        given().get("/reports/" + dept + "/" + YEAR + ".pdf").then().statusCode(404);
        given().get("/reports/" + dept + "/" + YEAR + "/versions").then().statusCode(200).body("size()", equalTo(0));
        assertThat(reportEvents(dept)).isZero();

        states.onStateEvent(approval(dept, 2, 3, 2));
        JsonPath published = publicReport(dept);
        assertThat(published.getInt("version")).isEqualTo(1);
        assertThat(published.getObject("total", BigDecimal.class)).isEqualByComparingTo("95.54");
        assertThat(reportEvents(dept, PUBLISHED)).hasSize(1);
        assertThat(releases(dept)).containsExactly(Map.of("approvalSequence", 2, "scorecardVersion", 3,
                "publicVersion", 1, "newVersion", true, "url", "/reports/" + dept + "/" + YEAR + "/versions/1"));

        long eventsAfterApproval = reportEvents(dept);
        scores.onScoreEvent(scoreEvent(SeedScorecards.withLowerContributors(seedFor(dept)), 2));
        as(editorOf(dept)).body(Map.of("text", "租购并举满足缴存人基本住房需求。"))
                .put("/api/v1/departments/" + dept + "/years/" + YEAR + "/report/narrative/achievements")
                .then().statusCode(200);
        assertThat(draft(dept).getObject("total", BigDecimal.class)).isEqualByComparingTo("95.30");
        as(reviewer()).accept("text/html").get("/api/v1/departments/" + dept + "/years/" + YEAR + "/report")
                .then().statusCode(200).body(containsString("租购并举满足缴存人基本住房需求。"));
        JsonPath stillPublic = publicReport(dept);
        assertThat(stillPublic.getInt("version")).isEqualTo(1);
        assertThat(stillPublic.getObject("total", BigDecimal.class)).isEqualByComparingTo("95.54");
        given().get("/reports/" + dept + "/" + YEAR).then().body(not(containsString("租购并举满足缴存人基本住房需求。")));
        assertThat(reportEvents(dept, PUBLISHED)).hasSize(1);
        assertThat(reportEvents(dept)).as("only the narrative change is announced").isEqualTo(eventsAfterApproval + 1);
    }

    @Test
    void aReapprovalPublishesANewVersionWithItsDiffOnlyWhenTheContentChangedAndAnnouncesTheReleaseEitherWay() {
        String dept = "REL2";
        scores.onScoreEvent(scoreEvent(seedFor(dept), 1));
        states.onStateEvent(approval(dept, 2, 3, 1));
        states.onStateEvent(stateEvent(dept, 3, "release", "RELEASED", 3, 2));
        states.onStateEvent(stateEvent(dept, 4, "reopen", "DRAFT", null, 3));
        scores.onScoreEvent(scoreEvent(SeedScorecards.withLowerContributors(seedFor(dept)), 2));
        states.onStateEvent(stateEvent(dept, 5, "submit", "SUBMITTED", 4, 4));
        assertThat(publicReport(dept).getInt("version")).isEqualTo(1);

        states.onStateEvent(approval(dept, 6, 4, 5));
        JsonPath second = publicReport(dept);
        assertThat(second.getInt("version")).isEqualTo(2);
        assertThat(second.getObject("total", BigDecimal.class)).isEqualByComparingTo("95.30");
        List<String> diff = given().get("/reports/" + dept + "/" + YEAR + "/diff").then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2)).extract().jsonPath().getList("summary", String.class);
        assertThat(diff).contains("总分：95.54 → 95.3", CONTRIBUTORS_ACTUAL);

        states.onStateEvent(stateEvent(dept, 7, "release", "RELEASED", 4, 6));
        states.onStateEvent(stateEvent(dept, 8, "reopen", "DRAFT", null, 7));
        states.onStateEvent(stateEvent(dept, 9, "submit", "SUBMITTED", 4, 8));
        states.onStateEvent(approval(dept, 10, 4, 9));
        assertThat(publicReport(dept).getInt("version")).isEqualTo(2);
        assertThat(reportEvents(dept, PUBLISHED)).hasSize(2);
        assertThat(releases(dept)).extracting(r -> r.get("approvalSequence"), r -> r.get("publicVersion"),
                r -> r.get("newVersion")).containsExactly(
                        tuple(2, 1, true),
                        tuple(6, 2, true),
                        tuple(10, 2, false));
    }

    @Test
    void aRedeliveredOrOlderApprovalChangesNothing() {
        String dept = "REL3";
        scores.onScoreEvent(scoreEvent(seedFor(dept), 1));
        ConsumerRecord<String, String> approved = approval(dept, 2, 3, 1);
        states.onStateEvent(approved);
        states.onStateEvent(stateEvent(dept, 3, "release", "RELEASED", 3, 2));
        long events = reportEvents(dept);

        states.onStateEvent(approved);
        states.onStateEvent(approval(dept, 1, 3, 3));
        scores.onScoreEvent(scoreEvent(seedFor(dept), 1));
        assertThat(reportEvents(dept)).isEqualTo(events);
        assertThat(publicReport(dept).getInt("version")).isEqualTo(1);
        assertThat(releases(dept)).hasSize(1);
    }

    @Test
    void anApprovalIsPublishedWhenItsScorecardArrivesAndShowsThatScorecardNotTheNewest() {
        String dept = "REL4";
        scores.onScoreEvent(scoreEvent(seedFor(dept), 1));
        states.onStateEvent(approval(dept, 2, 4, 1));
        given().get("/reports/" + dept + "/" + YEAR).then().statusCode(404);
        assertThat(reportEvents(dept)).isZero();

        ObjectNode fourth = SeedScorecards.withLowerContributors(seedFor(dept));
        ObjectNode fifth = fourth.deepCopy().put("version", 5).put("total", new BigDecimal("90.00"));
        scores.onScoreEvent(scoreEvent(fifth, 3));
        given().get("/reports/" + dept + "/" + YEAR).then().statusCode(404);
        scores.onScoreEvent(scoreEvent(fourth, 2));
        scores.onScoreEvent(scoreEvent(fourth, 2));

        JsonPath published = publicReport(dept);
        assertThat(published.getInt("version")).isEqualTo(1);
        assertThat(published.getObject("total", BigDecimal.class)).isEqualByComparingTo("95.30");
        assertThat(draft(dept).getObject("total", BigDecimal.class)).isEqualByComparingTo("90.00");
        given().get("/reports/" + dept + "/" + YEAR + "/versions").then().body("scorecardVersion", equalTo(List.of(4)));
        assertThat(releases(dept)).extracting(r -> r.get("approvalSequence"), r -> r.get("scorecardVersion"))
                .containsExactly(tuple(2, 4));
    }

    @Test
    void aReopeningBeforeTheApprovedScorecardArrivedVoidsTheApproval() {
        String dept = "REL5";
        scores.onScoreEvent(scoreEvent(seedFor(dept), 1));
        states.onStateEvent(approval(dept, 2, 4, 1));
        states.onStateEvent(stateEvent(dept, 3, "reopen", "DRAFT", null, 2));
        scores.onScoreEvent(scoreEvent(SeedScorecards.withLowerContributors(seedFor(dept)), 2));

        given().get("/reports/" + dept + "/" + YEAR).then().statusCode(404);
        assertThat(reportEvents(dept)).isZero();
    }

    private static JsonPath draft(String dept) {
        return as(editorOf(dept)).accept("application/json").get("/api/v1/departments/" + dept + "/years/" + YEAR
                + "/report").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath publicReport(String dept) {
        return given().accept("application/json").get("/reports/" + dept + "/" + YEAR).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The data of each report.released event, without the evaluation's own fields. */
    private static List<Map<String, Object>> releases(String dept) {
        return reportEvents(dept, RELEASED).stream().map(event -> {
            JsonNode data = event.get("data");
            assertThat(data.path("departmentCode").asText()).isEqualTo(dept);
            assertThat(data.path("fiscalYear").asInt()).isEqualTo(YEAR);
            return Map.<String, Object>of("approvalSequence", data.path("approvalSequence").asInt(),
                    "scorecardVersion", data.path("scorecardVersion").asInt(),
                    "publicVersion", data.path("publicVersion").asInt(),
                    "newVersion", data.path("newVersion").asBoolean(), "url", data.path("url").asText());
        }).toList();
    }
}
