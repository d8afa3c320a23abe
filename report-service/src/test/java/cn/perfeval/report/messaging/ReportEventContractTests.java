package cn.perfeval.report.messaging;

import static cn.perfeval.report.ReportServiceTestSupport.YEAR;
import static cn.perfeval.report.ReportServiceTestSupport.as;
import static cn.perfeval.report.ReportServiceTestSupport.reviewer;
import static cn.perfeval.report.ReportServiceTestSupport.scoreEvent;
import static cn.perfeval.report.ReportServiceTestSupport.seedFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.report.SeedScorecards;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The producer's side of the report-events contract: the events a first publication and a republication emit, as
 * written to the outbox (what the relay sends), are valid against the schema their {@code dataschema} names, and
 * that schema is served at that path to anyone, for subscribers outside this system.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report_tests"))
class ReportEventContractTests {

    private static final EventSchemas SCHEMAS = EventSchemas.published();

    @Inject
    ScoreEventsConsumer consumer;

    @Test
    void publishedReportEventsMatchTheSchemaTheyNameWhichIsServedWithoutAToken() throws Exception {
        String dept = "CONTRACT";
        consumer.onScoreEvent(scoreEvent(seedFor(dept), 1));
        as(reviewer()).post("/api/v1/departments/" + dept + "/years/" + YEAR + "/report/publications")
                .then().statusCode(201);
        consumer.onScoreEvent(scoreEvent(SeedScorecards.withLowerContributors(seedFor(dept)), 2));

        List<OutboxEvent> emitted = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "topic = ?1 and eventKey = ?2 order by seq", "report-events", dept + ":" + YEAR));
        assertThat(emitted).hasSize(2);
        List<JsonNode> events = new ArrayList<>();
        for (OutboxEvent event : emitted) {
            events.add(SeedScorecards.JSON.readTree(event.payload));
        }
        assertThat(events).allSatisfy(event -> assertThat(SCHEMAS.validateEvent(event)).as(event.toString()).isEmpty());

        String dataschema = events.get(0).path("dataschema").asText();
        String served = given().get(dataschema).then().statusCode(200).contentType(containsString("json"))
                .extract().asString();
        assertThat(SeedScorecards.JSON.readTree(served)).isEqualTo(SCHEMAS.document(dataschema));
    }
}
