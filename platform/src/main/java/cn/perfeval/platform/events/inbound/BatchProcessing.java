package cn.perfeval.platform.events.inbound;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The rules of handling one poll's records together, apart from Kafka and the database so that they can be tested
 * alone: every record is read first, and an unreadable one goes to the dead letters without holding up the rest; an
 * event id met again within the batch is dropped (the broker redelivered it, or the producer sent it twice); the
 * remaining events are handed over in one transaction, retried while it fails for a passing reason. If the batch
 * fails for any other reason, one of its events can never be applied: each event is then applied in a transaction of
 * its own, and only the one that fails goes to the dead letters.
 *
 * @param <R> the broker's record type
 */
final class BatchProcessing<R> {

    /** Runs work in a new transaction until it commits, retrying passing failures ({@link TransientFailures}). */
    interface Transactions {
        void runUntilCommitted(String what, Runnable work);
    }

    private final Function<R, InboundEvent> reader;
    private final Transactions transactions;
    private final BiConsumer<R, RuntimeException> deadLetters;

    /**
     * @param reader reads a record, throwing {@link PoisonMessageException} for one that is not an event
     * @param deadLetters moves a record aside with the reason it could not be handled
     */
    BatchProcessing(Function<R, InboundEvent> reader, Transactions transactions,
            BiConsumer<R, RuntimeException> deadLetters) {
        this.reader = reader;
        this.transactions = transactions;
        this.deadLetters = deadLetters;
    }

    /** Handles the records, in their order; {@code handler} applies a list of events in the caller's transaction. */
    void process(List<R> records, Consumer<List<InboundEvent>> handler) {
        Map<InboundEvent, R> sources = new IdentityHashMap<>();
        List<InboundEvent> events = readDistinct(records, sources);
        if (events.isEmpty()) {
            return;
        }
        try {
            transactions.runUntilCommitted(describe(events), () -> handler.accept(events));
        } catch (RuntimeException batchFailure) {
            for (InboundEvent event : events) {
                applyAlone(event, sources.get(event), handler);
            }
        }
    }

    private List<InboundEvent> readDistinct(List<R> records, Map<InboundEvent, R> sources) {
        List<InboundEvent> events = new ArrayList<>(records.size());
        Set<String> seen = new HashSet<>();
        for (R record : records) {
            InboundEvent event;
            try {
                event = reader.apply(record);
            } catch (PoisonMessageException poison) {
                deadLetters.accept(record, poison);
                continue;
            }
            if (seen.add(event.id())) {
                events.add(event);
                sources.put(event, record);
            }
        }
        return events;
    }

    private void applyAlone(InboundEvent event, R record, Consumer<List<InboundEvent>> handler) {
        try {
            transactions.runUntilCommitted("event at " + event.where(), () -> handler.accept(List.of(event)));
        } catch (RuntimeException failure) {
            deadLetters.accept(record, failure);
        }
    }

    private static String describe(List<InboundEvent> events) {
        return "batch of " + events.size() + " events from " + events.get(0).where() + " to "
                + events.get(events.size() - 1).where();
    }
}
