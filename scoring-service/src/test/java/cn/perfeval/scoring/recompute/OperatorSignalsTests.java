package cn.perfeval.scoring.recompute;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.scoring.scorecard.ScorecardService;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What an operator reads of the scoring service: the correlation id of a change carried through the recompute
 * worker into the scorecard event, and the recompute, dead-letter and consumer-lag metrics on /q/metrics.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class OperatorSignalsTests {

    private static final String DEPT = "OPSIG";
    private static final int YEAR = 2023;
    private static final String DLQ_COUNTER =
            "perfeval_events_dead_lettered_total{channel=\"procurement-events\",topic=\"procurement-events.scoring-service.dlq\"}";

    @Test
    void theScorecardEventCarriesTheCorrelationIdOfTheChangeThatCausedIt() {
        try (SeedEvents events = new SeedEvents(DEPT, YEAR).correlatedBy("facts-cid-42")) {
            events.department(1);
            events.goals(1);
            events.indicators(1);
            events.budgetFacts(GuangzhouSeed.facts(), 1);
            events.procurementFacts(GuangzhouSeed.facts(), 1);
        }
        OutboxEvent scorecard = await(() -> QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "topic = ?1 and eventKey = ?2 order by seq desc", ScorecardService.TOPIC, DEPT + ":" + YEAR).firstResult()));

        assertThat(scorecard.correlationId).isEqualTo("facts-cid-42");
        assertThat(scorecard.payload).contains("\"correlationid\":\"facts-cid-42\"");
        String metrics = metrics();
        assertThat(value(metrics, "perfeval_scoring_recompute_seconds_count")).isPositive();
        assertThat(metrics).contains("perfeval_scoring_recompute_queue ", "perfeval_outbox_oldest_unsent_age_seconds ");
        assertThat(metrics).as("consumer lag of each consumed topic, from the Kafka client metrics")
                .contains("kafka_consumer_fetch_manager_records_lag_max{client_id=\"kafka-consumer-indicator-events\"",
                        "kafka_consumer_fetch_manager_records_lag_max{client_id=\"kafka-consumer-budget-events\"",
                        "kafka_consumer_fetch_manager_records_lag_max{client_id=\"kafka-consumer-procurement-events\"");
    }

    @Test
    void anEventMovedToTheDeadLetterTopicIsCounted() {
        double before = value(metrics(), DLQ_COUNTER);
        try (SeedEvents events = new SeedEvents(DEPT, YEAR)) {
            events.raw("procurement-events", "not a cloud event");
        }
        await(() -> value(metrics(), DLQ_COUNTER) == before + 1 ? Boolean.TRUE : null);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
                .findFirst().orElseThrow(() -> new AssertionError(series + " not in /q/metrics"));
    }

    private static <T> T await(Supplier<T> found) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (T value = found.get(); ; value = found.get()) {
            if (value != null) {
                return value;
            }
            assertThat(System.nanoTime()).as("within 30 s").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
