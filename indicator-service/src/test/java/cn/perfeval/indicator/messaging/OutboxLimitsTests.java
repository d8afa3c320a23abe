package cn.perfeval.indicator.messaging;

import static cn.perfeval.indicator.IndicatorServiceTestSupport.awaitTrue;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.DEPT;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.as;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.editorOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Events that cannot be too large: the write that would make one is refused in its own transaction, and a row the
 * broker refuses anyway is set aside without holding up other evaluations, while health and metrics name it.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_tests"))
class OutboxLimitsTests {

    private static final String EDITOR = editorOf(DEPT);
    private static final String GOALS = "/api/v1/departments/" + DEPT + "/years/2096/goals";
    private static final String DEAD_KEY = "DEADROW:2096";
    private static final String GOALS_KEY = DEPT + ":2096";

    @AfterEach
    void resolveDeadRows() {
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.delete("eventKey like ?1", "%:2096"));
    }

    @Test
    void theLargestGoalsAllowedReachKafkaAndOneCharacterOrTaskMoreIsRefusedChangingNothing() {
        as(EDITOR).body("{\"name\":\"广州住房公积金管理中心\"}").put("/api/v1/departments/" + DEPT).then().statusCode(200);
        // the most key tasks, each goal at its longest: 20 × 2,000 characters, 3 bytes each in UTF-8
        as(EDITOR).body(goals(TextLimits.TEXT_ITEMS, TextLimits.TEXT)).put(GOALS).then().statusCode(200)
                .body("version", equalTo(1));
        OutboxEvent largest = latestRow(GOALS_KEY);
        assertThat(largest.payload.getBytes(StandardCharsets.UTF_8).length).isBetween(120_000, 900_000);
        awaitTrue(Duration.ofSeconds(20), () -> row(largest.seq).sentAt != null);
        long events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());

        as(EDITOR).body(goals(TextLimits.TEXT_ITEMS, TextLimits.TEXT + 1)).put(GOALS).then().statusCode(400)
                .contentType("application/problem+json");
        as(EDITOR).body(goals(TextLimits.TEXT_ITEMS + 1, TextLimits.TEXT)).put(GOALS).then().statusCode(400)
                .contentType("application/problem+json");

        as(EDITOR).get(GOALS).then().statusCode(200).body("version", equalTo(1));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count())).isEqualTo(events);
    }

    @Test
    void aRowTheBrokerRefusesIsSetAsideAndHoldsBackOnlyItsOwnEvaluation() {
        long dead = insertRow(DEAD_KEY, "x".repeat(1_100_000));
        long sameEvaluationLater = insertRow(DEAD_KEY, "{\"later\":true}");
        long otherEvaluation = insertRow("LIVEROW:2096", "{\"other\":true}");

        awaitTrue(Duration.ofSeconds(20), () -> row(otherEvaluation).sentAt != null && row(dead).deadAt != null);
        assertThat(row(dead).sentAt).isNull();
        assertThat(row(dead).lastError).contains("RecordTooLarge", "larger than");
        assertThat(row(sameEvaluationLater).sentAt).as("waits behind the dead row of its evaluation").isNull();
        assertThat(row(sameEvaluationLater).deadAt).isNull();

        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'outbox' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'outbox' }.data.deadRow" + dead, containsString(DEAD_KEY));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("perfeval_outbox_dead_rows 1.0"))
                .body(containsString("perfeval_outbox_oldest_unsent_age_seconds"))
                .body(containsString("perfeval_outbox_unsent_rows"));

        // the operator resolves it (here: drops the row); the evaluation's later events then flow again
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.delete("seq", dead));
        awaitTrue(Duration.ofSeconds(20), () -> row(sameEvaluationLater).sentAt != null);
        awaitTrue(Duration.ofSeconds(20), () -> given().get("/q/health/ready").statusCode() == 200);
    }

    static Map<String, Object> goals(int tasks, int goalCharacters) {
        String goal = "绩".repeat(goalCharacters);
        return Map.of("overallGoal", "推动高质量发展", "keyTasks", IntStream.range(0, tasks)
                .mapToObj(i -> Map.of("task", "任务" + i, "goal", goal)).toList());
    }

    private static long insertRow(String key, String payload) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent row = new OutboxEvent();
            row.eventId = UUID.randomUUID();
            row.topic = "outbox-limits-test";
            row.eventKey = key;
            row.eventType = "test.event";
            row.payload = payload;
            row.createdAt = OffsetDateTime.now();
            row.persist();
            return row.seq;
        });
    }

    private static OutboxEvent latestRow(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "eventKey = ?1 and topic = ?2 order by seq desc", key, "indicator-events")
                .firstResult());
    }

    private static OutboxEvent row(long seq) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(seq));
    }
}
