package cn.perfeval.platform.events.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Consumes a channel in batches ({@code mp.messaging.incoming.<channel>.batch=true}): one transaction per poll
 * instead of one per record, with the guarantees of the record-by-record consumers kept per record
 * ({@link BatchProcessing}): a poison record goes to the channel's dead-letter topic and the good ones of its batch
 * are applied; a database that is away is waited for; an event id given twice in a batch is applied once (across
 * batches the consumer's own idempotency, e.g. its versions, applies). The batch is acknowledged only after its
 * transaction committed and its dead letters were sent, so the committed offset never passes an event that was
 * neither applied nor moved aside.
 *
 * <p>Meters per channel: {@code perfeval_events_handled_total} (records handled in batches, duplicates and dead
 * letters included) and {@code perfeval_events_batch_seconds} (each batch from its first read to its commit), so
 * records ÷ time is the rate at which the consumer works off a backlog.
 */
@ApplicationScoped
public class InboundBatches {

    private final InboundEvents inbound;
    private final MeterRegistry registry;

    public InboundBatches(InboundEvents inbound, MeterRegistry registry) {
        this.inbound = inbound;
        this.registry = registry;
    }

    /**
     * Handles the batch; {@code handler} applies a list of events in the caller's transaction (it is also given a
     * single event when a batch has to be taken apart).
     *
     * @return the batch's acknowledgement, for the channel method to return
     */
    public CompletionStage<Void> handle(String channel, KafkaRecordBatch<String, String> batch,
            Consumer<List<InboundEvent>> handler) {
        long started = System.nanoTime();
        List<KafkaRecord<String, String>> records = batch.getRecords();
        List<CompletableFuture<Void>> deadLettered = new ArrayList<>();
        new BatchProcessing<KafkaRecord<String, String>>(record -> inbound.read(consumerRecord(record)),
                TransientFailures::retryUntilCommitted,
                (record, reason) -> deadLettered.add(record.nack(reason).toCompletableFuture()))
                .process(records, handler);
        measure(channel, records.size(), System.nanoTime() - started);
        // Acknowledged once the dead letters are on their topic, without holding this thread while they are sent:
        // waiting here for a send that needs this thread's context could wait for ever.
        return CompletableFuture.allOf(deadLettered.toArray(CompletableFuture[]::new)).thenCompose(sent -> batch.ack());
    }

    private void measure(String channel, int records, long nanos) {
        Timer.builder("perfeval.events.batch")
                .description("One batch of inbound events, from its first read to its commit")
                .tag("channel", channel).register(registry).record(nanos, TimeUnit.NANOSECONDS);
        Counter.builder("perfeval.events.handled").description("Inbound records handled in batches")
                .tag("channel", channel).register(registry).increment(records);
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("A batch record without its Kafka metadata"));
    }
}
