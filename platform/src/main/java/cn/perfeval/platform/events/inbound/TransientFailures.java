package cn.perfeval.platform.events.inbound;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Handles an event in its own transaction until it commits, for as long as it fails for a reason that passes: the
 * database restarting or unreachable, a dropped connection, a deadlock or serialization conflict, a lock or
 * connection-pool timeout. The dead-letter topic is no place for such an event: nothing sends it again (scoring
 * publishes a scorecard only when it changes, the budget service its facts only when they change), so a report or a
 * scorecard would stay stale. The partition waits instead, backing off from 0.1 to 5 s, and the consumer lag shows
 * it. Anything else — a {@link PoisonMessageException}, a bug — is thrown at once for the channel's dead-letter
 * strategy, so one bad event never holds up the others.
 */
public final class TransientFailures {

    private static final Logger LOG = Logger.getLogger(TransientFailures.class);
    static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    /** SQLSTATE classes and codes that say "try again": connection (08), rollback (40), resources (53), shutdown. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53");
    private static final Set<String> TRANSIENT_STATES = Set.of("55P03", "57014", "57P01", "57P02", "57P03");

    /** How a retry waits; a test passes one that records instead of sleeping. */
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private TransientFailures() {
    }

    /** Runs {@code handling} in a new transaction, again after each transient failure, until it commits. */
    public static void retryUntilCommitted(String what, Runnable handling) {
        retry(what, () -> QuarkusTransaction.requiringNew().run(handling),
                duration -> Thread.sleep(duration.toMillis()));
    }

    static void retry(String what, Runnable attempt, Pause pause) {
        Duration wait = FIRST_PAUSE;
        for (int failures = 1; ; failures++) {
            try {
                attempt.run();
                return;
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                LOG.warnf("%s failed for a passing reason (%s), attempt %d; trying again in %d ms", what, e,
                        failures, wait.toMillis());
                try {
                    pause.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                wait = wait.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : wait.multipliedBy(2);
            }
        }
    }

    /** Whether the failure, or one of its causes, is one that a later attempt can get past. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PoisonMessageException) {
                return false;
            }
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.QueryTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransientState(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientState(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // Agroal's pool reports an exhausted pool without a SQLSTATE.
            return sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout");
        }
        return TRANSIENT_STATES.contains(state)
                || (state.length() == 5 && TRANSIENT_CLASSES.contains(state.substring(0, 2)));
    }
}
