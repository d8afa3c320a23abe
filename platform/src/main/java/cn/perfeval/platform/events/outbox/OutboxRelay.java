package cn.perfeval.platform.events.outbox;

import cn.perfeval.platform.concurrency.WakeableWorker;
import cn.perfeval.platform.correlation.Correlation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka and marks them sent only after the broker acknowledged them.
 *
 * <p>One background thread per service instance waits for a commit signal (sub-millisecond latency in the normal
 * case) or for the poll interval to pass (the backstop: rows committed while the broker was down, or by another
 * instance that died). Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances never send the
 * same row at once. A broker outage only delays rows: a failed send leaves them unsent for the next round.
 * Delivery is therefore at-least-once; consumers are idempotent by entity version.
 *
 * <p>A plain Kafka producer is used here rather than a Reactive Messaging emitter because the relay needs a
 * per-record acknowledgement inside its own transaction and its own retry schedule.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager entityManager;
    private final String bootstrapServers;
    private final Duration pollInterval;
    private final int batchSize;
    private final Duration retention;
    private final AtomicLong relayed = new AtomicLong();
    private final WakeableWorker worker;
    private long rounds;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(EntityManager entityManager,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "perfeval.outbox.poll-interval", defaultValue = "PT1S") Duration pollInterval,
            @ConfigProperty(name = "perfeval.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "perfeval.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.entityManager = entityManager;
        this.bootstrapServers = bootstrapServers;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.retention = retention;
        this.worker = new WakeableWorker("outbox-relay", pollInterval, this::relayRound,
                e -> LOG.warnf("Outbox relay round failed, rows stay queued: %s", e.getMessage()));
    }

    void start(@Observes StartupEvent event) {
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        worker.stop(Duration.ofSeconds(10));
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Called after a commit that wrote outbox rows. */
    public void wakeUp() {
        worker.wakeUp();
    }

    /** Rows relayed since start; for tests and the metrics endpoint. */
    public long relayedCount() {
        return relayed.get();
    }

    private void relayRound(WakeableWorker self) throws InterruptedException {
        self.awaitWakeUp(pollInterval);
        while (self.running() && relayBatch() == batchSize) {
            // a full batch means more may be waiting: keep draining before sleeping again
        }
        if (++rounds % 600 == 0) {
            purgeSent();
        }
    }

    /** Sends one batch in order; marks sent every row up to the first failure. Returns rows claimed. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            @SuppressWarnings("unchecked")
            List<OutboxEvent> rows = entityManager.createNativeQuery(
                    "SELECT * FROM outbox_event WHERE sent_at IS NULL ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED",
                    OutboxEvent.class)
                    .setParameter("limit", batchSize)
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<Future<?>> acks = new ArrayList<>(rows.size());
            for (OutboxEvent row : rows) {
                acks.add(producer.send(toRecord(row)));
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < rows.size(); i++) {
                OutboxEvent row = rows.get(i);
                try {
                    acks.get(i).get(30, TimeUnit.SECONDS);
                    row.sentAt = now;
                    row.attempts++;
                    relayed.incrementAndGet();
                } catch (Exception e) {
                    // keep order: this row and every later one wait for the next round
                    for (OutboxEvent unsent : rows.subList(i, rows.size())) {
                        unsent.attempts++;
                        unsent.lastError = String.valueOf(e.getMessage());
                    }
                    LOG.warnf("Broker did not acknowledge outbox row %d (%s); retrying later", row.seq, e.getMessage());
                    break;
                }
            }
            return rows.size();
        });
    }

    private void purgeSent() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("DELETE FROM outbox_event WHERE sent_at < :cutoff")
                .setParameter("cutoff", OffsetDateTime.now(ZoneOffset.UTC).minus(retention))
                .executeUpdate());
    }

    private static ProducerRecord<String, String> toRecord(OutboxEvent row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.eventKey, row.payload);
        if (row.correlationId != null) {
            record.headers().add(Correlation.KAFKA_HEADER, row.correlationId.getBytes(StandardCharsets.UTF_8));
        }
        record.headers().add("ce_type", row.eventType.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        // Fail a round quickly while the broker is away; the rows simply wait for the next one.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return config;
    }
}
