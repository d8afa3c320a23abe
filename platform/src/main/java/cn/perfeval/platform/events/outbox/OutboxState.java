package cn.perfeval.platform.events.outbox;

import java.time.Duration;
import java.util.List;

/**
 * The outbox as an operator sees it: rows waiting to be sent, how long the oldest has waited (zero when none),
 * and the rows set aside because the broker refused them for good (the first few, with why).
 */
public record OutboxState(long unsentRows, Duration oldestUnsentAge, long deadRowCount, List<DeadRow> deadRows) {

    /** A refused row: its order, its evaluation (the Kafka key), its event type and the broker's reason. */
    public record DeadRow(long seq, String eventKey, String eventType, String error) {

        String describe() {
            return eventType + " of " + eventKey + ": " + error;
        }
    }

    /** Stuck: a row is dead, or the oldest unsent row waited longer than the threshold (broker or relay away). */
    public boolean stuck(Duration threshold) {
        return deadRowCount > 0 || oldestUnsentAge.compareTo(threshold) > 0;
    }
}
