package cn.perfeval.scoring.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.scoring.ScorecardPolling;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.scorecard.DeadLetters;
import cn.perfeval.scoring.recompute.PendingRecomputes;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The fact consumers take a poll's records in one transaction; these check, on the real broker and database, that
 * each record keeps the guarantees it had alone: an event delivered twice is applied once, a poison record goes to
 * the dead-letter topic while the rest of its batch is stored, and a batch whose transaction loses its database
 * connection is applied again, once.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class BatchConsumptionTests {

    private static final int YEAR = 2023;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry meters;

    @Inject
    PendingRecomputes pending;

    @Test
    void anEventDeliveredTwiceInOneBatchAndOnceMoreLaterIsAppliedOnce() {
        String dept = "BATCHDUP";
        ObjectNode indicator = SeedEvents.indicatorData(dept, YEAR, 1).get(0);
        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            String once = events.envelope(SeedEvents.INDICATOR_CHANGED, SeedEvents.INDICATOR_SCHEMA, indicator);
            events.sendValue("indicator-events", once);
            events.sendValue("indicator-events", once);
            events.flush();
            ScorecardPolling.awaitScorecard(dept, YEAR, scorecard -> true);
            await(() -> !pending.isPending(dept, YEAR));
            Object receivedAt = fact(dept, "received_at");
            int versions = scorecardVersions(dept);

            double handled = handled();
            events.sendValue("indicator-events", once);
            events.flush();
            await(() -> handled() > handled);

            assertThat(fact(dept, "received_at")).as("the redelivered event wrote nothing").isEqualTo(receivedAt);
            assertThat(pending.isPending(dept, YEAR)).as("nor marked the evaluation").isFalse();
            assertThat(scorecardVersions(dept)).isEqualTo(versions).isEqualTo(1);
        }
    }

    @Test
    void aPoisonRecordOfABatchGoesToTheDeadLetterTopicAndTheOthersAreStored() {
        String dept = "BATCHDLQ";
        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            events.indicators(1);
            events.sendValue("indicator-events", "{\"poison\": \"batch-dlq-marker\"}");
            events.indicators(2);
        }
        await(() -> storedAtVersion(dept, 2) == SeedEvents.indicatorData(dept, YEAR, 2).size());
        assertThat(DeadLetters.values("indicator-events.scoring-service.dlq",
                Duration.ofSeconds(20))).anyMatch(value -> value.contains("batch-dlq-marker"));
    }

    @Test
    void aBatchWhoseConnectionIsLostIsAppliedAgainAndCountedOnce() throws Exception {
        String dept = "BATCHTX";
        int indicators = SeedEvents.indicatorData(dept, YEAR, 1).size();
        try (Connection blocker = dataSource.getConnection(); SeedEvents events = new SeedEvents(dept, YEAR)) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.execute("LOCK TABLE fact_record IN ACCESS EXCLUSIVE MODE");
            }
            events.indicators(1);
            events.flush();
            await(() -> terminateConsumerWaitingOnTheLock() > 0);
            blocker.commit();
        }
        await(() -> storedAtVersion(dept, 1) == indicators);
        ScorecardPolling.awaitScorecard(dept, YEAR, scorecard -> true);
        await(() -> !pending.isPending(dept, YEAR));
        assertThat(scorecardVersions(dept)).as("one change, one scorecard").isEqualTo(1);
    }

    /** Ends the consumer's connection while its transaction waits for the table lock: PostgreSQL's 57P01. */
    private int terminateConsumerWaitingOnTheLock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                 WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO fact_record%'
                """).getSingleResult()).intValue());
    }

    private Object fact(String dept, String column) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT CAST(" + column + " AS text) FROM fact_record"
                        + " WHERE department_code = ?1 AND entity_type = 'indicator' ORDER BY entity_id LIMIT 1").setParameter(1, dept).getSingleResult());
    }

    private long storedAtVersion(String dept, long version) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM fact_record"
                        + " WHERE department_code = ?1 AND entity_type = 'indicator' AND version = ?2")
                .setParameter(1, dept).setParameter(2, version).getSingleResult()).longValue());
    }

    private int scorecardVersions(String dept) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM scorecard_version WHERE department_code = ?1").setParameter(1, dept)
                .getSingleResult()).intValue());
    }

    private double handled() {
        Counter counter = meters.find("perfeval.events.handled").tag("channel", "indicator-events").counter();
        return counter == null ? 0 : counter.count();
    }

    private static void await(BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 30 s").isLessThan(deadline);
            ScorecardPolling.pause();
        }
    }
}
