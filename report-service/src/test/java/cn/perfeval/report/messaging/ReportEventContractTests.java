package cn.perfeval.report.messaging;

import static cn.perfeval.report.ReportServiceTestSupport.NARRATIVE_CHANGED;
import static cn.perfeval.report.ReportServiceTestSupport.PUBLISHED;
import static cn.perfeval.report.ReportServiceTestSupport.RELEASED;
import static cn.perfeval.report.ReportServiceTestSupport.YEAR;
import static cn.perfeval.report.ReportServiceTestSupport.approval;
import static cn.perfeval.report.ReportServiceTestSupport.as;
import static cn.perfeval.report.ReportServiceTestSupport.editorOf;
import static cn.perfeval.report.ReportServiceTestSupport.reportEvents;
import static cn.perfeval.report.ReportServiceTestSupport.scoreEvent;
import static cn.perfeval.report.ReportServiceTestSupport.seedFor;
import static cn.perfeval.report.ReportServiceTestSupport.stateEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import cn.perfeval.report.SeedScorecards;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The producer's side of the report-events contract: the events of every type this service writes (a new public
 * version, a release, a narrative change), as written to the outbox (what the relay sends), are valid against the
 * schema their {@code dataschema} names, and each schema is served at that path to anyone, for subscribers outside
 * this system.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report_tests"))
class ReportEventContractTests {

    private static final EventSchemas SCHEMAS = EventSchemas.published();

    @Inject
    ScoreEventsConsumer scores;

    @Inject
    EvaluationStateConsumer states;

    @Test
    void everyReportEventMatchesTheSchemaItNamesWhichIsServedWithoutAToken() throws Exception {
        String dept = "CONTRACT";
        String narrative = "/api/v1/departments/" + dept + "/years/" + YEAR + "/report/narrative/achievements";
        scores.onScoreEvent(scoreEvent(seedFor(dept), 1));
        as(editorOf(dept)).body(Map.of("text", "稳步扩大灵活就业人员参加住房公积金制度试点工作。")).put(narrative)
                .then().statusCode(200);
        states.onStateEvent(approval(dept, 2, 3, 1));
        states.onStateEvent(stateEvent(dept, 3, "reopen", "DRAFT", null, 2));
        as(editorOf(dept)).delete(narrative).then().statusCode(200);
        scores.onScoreEvent(scoreEvent(SeedScorecards.withLowerContributors(seedFor(dept)), 3));
        states.onStateEvent(approval(dept, 5, 4, 3));
        states.onStateEvent(approval(dept, 7, 4, 4));

        List<JsonNode> events = new ArrayList<>();
        for (String type : List.of(PUBLISHED, RELEASED, NARRATIVE_CHANGED)) {
            List<JsonNode> ofType = reportEvents(dept, type);
            assertThat(ofType).as(type).hasSize(type.equals(NARRATIVE_CHANGED) ? 2 : type.equals(PUBLISHED) ? 2 : 3);
            events.addAll(ofType);
        }
        assertThat(events).allSatisfy(event -> assertThat(SCHEMAS.validateEvent(event)).as(event.toString()).isEmpty());

        for (JsonNode event : events) {
            String dataschema = event.path("dataschema").asText();
            String served = given().get(dataschema).then().statusCode(200).contentType(containsString("json"))
                    .extract().asString();
            assertThat(SeedScorecards.JSON.readTree(served)).isEqualTo(SCHEMAS.document(dataschema));
        }
    }
}
