package cn.perfeval.platform.events.outbox;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Which send failures no retry can cure: the record itself is unacceptable (too large for the producer or the
 * broker, not serialisable, a topic name Kafka refuses). Everything else (broker away, timeouts, leader changes)
 * passes, and the row is simply sent again in a later round.
 */
final class PermanentRefusals {

    private PermanentRefusals() {
    }

    static boolean isPermanent(Throwable failure) {
        Throwable cause = failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof SerializationException || cause instanceof InvalidTopicException;
    }

    /** Whether the producer already refused the record before sending it (it checks size and topic up front). */
    static boolean refusedAtOnce(Future<?> ack) {
        if (!ack.isDone()) {
            return false;
        }
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return isPermanent(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
