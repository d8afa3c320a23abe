package cn.perfeval.platform.events.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    private final List<Duration> pauses = new ArrayList<>();

    /** As Hibernate reports a statement PostgreSQL refused: the SQLException under a PersistenceException. */
    private static RuntimeException refused(String sqlState) {
        return new PersistenceException("could not execute statement", new SQLException("refused", sqlState));
    }

    @Test
    void aPassingFailureIsRetriedWithGrowingPausesUntilTheHandlingCommits() {
        AtomicInteger attempts = new AtomicInteger();
        TransientFailures.retry("score event", () -> {
            if (attempts.incrementAndGet() <= 8) {
                throw refused(attempts.get() % 2 == 0 ? "08006" : "40001"); // connection lost; serialization conflict
            }
        }, pauses::add);

        assertThat(attempts).hasValue(9);
        assertThat(pauses).extracting(Duration::toMillis)
                .containsExactly(100L, 200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L);
    }

    @Test
    void poisonAndBugsAreThrownAtOnceForTheDeadLetterTopic() {
        AtomicInteger attempts = new AtomicInteger();
        PoisonMessageException poison = new PoisonMessageException("no department");
        assertThatThrownBy(() -> TransientFailures.retry("score event", () -> {
            attempts.incrementAndGet();
            throw poison;
        }, pauses::add)).isSameAs(poison);
        IllegalStateException bug = new IllegalStateException("bug");
        assertThatThrownBy(() -> TransientFailures.retry("score event", () -> {
            attempts.incrementAndGet();
            throw bug;
        }, pauses::add)).isSameAs(bug);

        assertThat(attempts).hasValue(2);
        assertThat(pauses).isEmpty();
    }

    @Test
    void whatCountsAsPassing() {
        assertThat(TransientFailures.isTransient(refused("08001"))).as("cannot connect").isTrue();
        assertThat(TransientFailures.isTransient(refused("40P01"))).as("deadlock").isTrue();
        assertThat(TransientFailures.isTransient(refused("55P03"))).as("lock not available").isTrue();
        assertThat(TransientFailures.isTransient(refused("57P01"))).as("admin shutdown").isTrue();
        assertThat(TransientFailures.isTransient(refused("53300"))).as("too many connections").isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection")))).as("pool exhausted").isTrue();
        assertThat(TransientFailures.isTransient(new jakarta.persistence.LockTimeoutException())).isTrue();

        assertThat(TransientFailures.isTransient(refused("23505"))).as("unique violation").isFalse();
        assertThat(TransientFailures.isTransient(refused("22P02"))).as("invalid text").isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("no state"))).isFalse();
        assertThat(TransientFailures.isTransient(new PoisonMessageException("bad", refused("08006"))))
                .as("poison wins over what it wraps").isFalse();
    }
}
