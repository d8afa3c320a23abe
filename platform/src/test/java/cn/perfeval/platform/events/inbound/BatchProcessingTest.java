package cn.perfeval.platform.events.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A batch keeps the record-by-record guarantees per record: duplicates applied once, a poison record moved aside
 * while the others are applied, a passing failure retried without counting anything twice. The "database" here
 * keeps what a transaction applied only when it commits.
 */
class BatchProcessingTest {

    private final InboundEvents inbound = new InboundEvents(new ObjectMapper().findAndRegisterModules());
    private final List<String> committed = new ArrayList<>();
    private final List<ConsumerRecord<String, String>> deadLetters = new ArrayList<>();
    private int transactions;
    private int failuresToCome;

    private final BatchProcessing<ConsumerRecord<String, String>> processing = new BatchProcessing<>(inbound::read,
            (what, work) -> TransientFailures.retry(what, () -> transaction(work), pause -> { }),
            (record, reason) -> deadLetters.add(record));

    /** Applies the work's writes only if it gets to the commit; the next failures planned fail the commit. */
    private void transaction(Runnable work) {
        transactions++;
        int before = committed.size();
        try {
            work.run();
            if (failuresToCome > 0) {
                failuresToCome--;
                throw new PersistenceException("commit failed", new SQLException("connection lost", "08006"));
            }
        } catch (RuntimeException e) {
            committed.subList(before, committed.size()).clear();
            throw e;
        }
    }

    private final Consumer<List<InboundEvent>> countEach = events -> events.forEach(event -> committed.add(event.id()));

    @Test
    void anEventIdGivenTwiceInABatchIsAppliedOnceInOneTransaction() {
        processing.process(List.of(event(0, "a"), event(1, "b"), event(2, "a"), event(3, "b")), countEach);

        assertThat(committed).containsExactly("a", "b");
        assertThat(transactions).isEqualTo(1);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLettersAndTheGoodOnesOfItsBatchAreApplied() {
        ConsumerRecord<String, String> poison = record(1, "not a cloud event");
        processing.process(List.of(event(0, "a"), poison, record(2, null), event(3, "b")), countEach);

        assertThat(committed).containsExactly("a", "b");
        assertThat(deadLetters).hasSize(2).first().isSameAs(poison);
    }

    @Test
    void aPassingFailureRetriesTheWholeBatchAndCountsEachEventOnce() {
        failuresToCome = 2;
        processing.process(List.of(event(0, "a"), event(1, "b"), event(2, "c")), countEach);

        assertThat(transactions).isEqualTo(3);
        assertThat(committed).containsExactly("a", "b", "c");
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void anEventThatCanNeverBeAppliedIsTakenOutOfItsBatchAndTheOthersAreCommitted() {
        ConsumerRecord<String, String> bad = event(1, "bad");
        processing.process(List.of(event(0, "a"), bad, event(2, "b")), events -> events.forEach(event -> {
            if (event.id().equals("bad")) {
                throw new PoisonMessageException("data the consumer cannot use");
            }
            committed.add(event.id());
        }));

        assertThat(committed).containsExactly("a", "b");
        assertThat(deadLetters).containsExactly(bad);
        assertThat(transactions).as("the batch, then each event alone").isEqualTo(4);
    }

    private static ConsumerRecord<String, String> event(long offset, String id) {
        return record(offset, "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"type\":\"test.changed\","
                + "\"data\":{\"version\":" + offset + "}}");
    }

    private static ConsumerRecord<String, String> record(long offset, String value) {
        return new ConsumerRecord<>("test-events", 0, offset, "DEPT:2023", value);
    }
}
