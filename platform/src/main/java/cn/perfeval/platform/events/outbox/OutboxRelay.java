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
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
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
 * <p>A row the broker or producer refuses for good ({@link PermanentRefusals}) is marked dead instead of being
 * retried forever. Rows of other evaluations go on; the later rows of the same evaluation (same key, hence same
 * partition) are held back until an operator resolves the dead row, because consumers must see one evaluation's
 * events in the order they were written. {@link OutboxMonitor} reports both in health and metrics.
 *
 * <p>A plain Kafka producer is used here rather than a Reactive Messaging emitter because the relay needs a
 * per-record acknowledgement inside its own transaction and its own retry schedule.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Room for the key, headers and record overhead; with it the request stays under the broker's 1 MB default. */
    static final int REQUEST_MARGIN_BYTES = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager entityManager;
    private final String bootstrapServers;
    private final Duration pollInterval;
    private final int batchSize;
    private final int maxEventBytes;
    private final Duration retention;
    private final WakeableWorker worker;
    private long rounds;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(EntityManager entityManager, KafkaConnection kafka, OutboxConfig config) {
        this.entityManager = entityManager;
        this.bootstrapServers = kafka.bootstrapServers();
        this.pollInterval = config.pollInterval();
        this.batchSize = config.batchSize();
        this.maxEventBytes = config.maxEventBytes();
        this.retention = config.retention();
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

    private void relayRound(WakeableWorker self) throws InterruptedException {
        self.awaitWakeUp(pollInterval);
        long after = 0;
        while (self.running()) {
            // a full batch, all settled, means more may be waiting: keep draining from where it ended
            OptionalLong last = relayBatch(after);
            if (last.isEmpty()) {
                break;
            }
            after = last.getAsLong();
        }
        if (++rounds % 600 == 0) {
            purgeSent();
        }
    }

    /**
     * Sends one batch in order, claimed after {@code afterSeq}, and records what became of each row. Returns the
     * last row's seq when the batch was full and every row settled (more may wait behind it), empty otherwise.
     * Draining from there rather than from the start keeps each round's scan to its own batch: the rows sent just
     * before still sit in the unsent-rows index until vacuum, and rescanning them made a backlog's rounds ever
     * slower. A round that ends (a passing failure, a partial batch) starts from the beginning again next time.
     */
    OptionalLong relayBatch(long afterSeq) {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            List<OutboxEvent> rows = claimBatch(afterSeq);
            boolean settledAll = rows.isEmpty() || settle(rows, send(rows));
            return settledAll && rows.size() == batchSize ? OptionalLong.of(rows.get(rows.size() - 1).seq)
                    : OptionalLong.empty();
        });
    }

    /**
     * Unsent, live rows in order, except those queued behind a dead row of their evaluation.
     *
     * <p>Read by the ordered scan of the unsent-rows index, which stops after the batch, whatever the statistics say:
     * right after a burst (an imported table commits 20,000 rows at once) they still describe a nearly empty table,
     * and the planner then reads and sorts the whole backlog in every round instead (profiled: 0.2–0.5 s a round for
     * 20,000 rows, so relaying a backlog took time proportional to its square). The settings are local to the
     * relay's transaction.
     */
    @SuppressWarnings("unchecked")
    private List<OutboxEvent> claimBatch(long afterSeq) {
        entityManager.createNativeQuery("SELECT set_config('enable_bitmapscan', 'off', true),"
                + " set_config('enable_seqscan', 'off', true)").getSingleResult();
        return entityManager.createNativeQuery("""
                SELECT * FROM outbox_event o
                 WHERE o.sent_at IS NULL AND o.dead_at IS NULL AND o.seq > :after
                   AND NOT EXISTS (SELECT 1 FROM outbox_event d
                                    WHERE d.dead_at IS NOT NULL AND d.sent_at IS NULL
                                      AND d.event_key = o.event_key AND d.seq < o.seq)
                 ORDER BY o.seq LIMIT :limit FOR UPDATE OF o SKIP LOCKED
                """, OutboxEvent.class).setParameter("after", afterSeq).setParameter("limit", batchSize).getResultList();
    }

    /**
     * Hands the rows to the producer in order. The producer refuses an over-large record at once, before sending
     * it; the later rows of that evaluation are then not sent at all (null), so they cannot overtake it.
     */
    private List<Future<?>> send(List<OutboxEvent> rows) {
        Set<String> heldKeys = new HashSet<>();
        List<Future<?>> acks = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            if (heldKeys.contains(row.eventKey)) {
                acks.add(null);
                continue;
            }
            Future<?> ack = producer.send(toRecord(row));
            if (PermanentRefusals.refusedAtOnce(ack)) {
                heldKeys.add(row.eventKey);
            }
            acks.add(ack);
        }
        return acks;
    }

    /**
     * Marks acknowledged rows sent and refused ones dead, up to the first passing failure (then false). The sent
     * rows are marked by one statement for the whole batch rather than one update per row: a backlog (an imported
     * table) is thousands of rows.
     */
    private boolean settle(List<OutboxEvent> rows, List<Future<?>> acks) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Long> sent = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            OutboxEvent row = rows.get(i);
            if (acks.get(i) == null) {
                continue;
            }
            try {
                acks.get(i).get(30, TimeUnit.SECONDS);
                sent.add(row.seq);
            } catch (Exception e) {
                if (PermanentRefusals.isPermanent(e)) {
                    markDead(row, e, now);
                    continue;
                }
                // keep order: this row and every later one wait for the next round
                retryLater(rows.subList(i, rows.size()), e);
                markSent(sent, now);
                return false;
            }
        }
        markSent(sent, now);
        return true;
    }

    private void markSent(List<Long> seqs, OffsetDateTime now) {
        if (!seqs.isEmpty()) {
            entityManager.createNativeQuery("UPDATE outbox_event SET sent_at = :now, attempts = attempts + 1"
                            + " WHERE seq IN (:seqs)")
                    .setParameter("now", now).setParameter("seqs", seqs).executeUpdate();
        }
    }

    private static void markDead(OutboxEvent row, Exception e, OffsetDateTime now) {
        row.deadAt = now;
        row.attempts++;
        row.lastError = String.valueOf(e.getMessage());
        LOG.errorf("Broker refused outbox row %d (%s of %s) for good: %s. It is set aside; later events of %s wait "
                + "until an operator resolves it", row.seq, row.eventType, row.eventKey, row.lastError, row.eventKey);
    }

    private static void retryLater(List<OutboxEvent> unsent, Exception e) {
        for (OutboxEvent row : unsent) {
            row.attempts++;
            row.lastError = String.valueOf(e.getMessage());
        }
        LOG.warnf("Broker did not acknowledge outbox row %d (%s); retrying later", unsent.get(0).seq, e.getMessage());
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

    Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        // A backlog round hands the producer hundreds of events at once: the default 16 KB batches would make it
        // dozens of requests, five in flight at a time; 256 KB stays well under the request limit below.
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        // Explicit limits: an event the publisher accepted always fits, and stays under the broker's 1 MB default.
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(maxEventBytes + REQUEST_MARGIN_BYTES));
        // JSON compresses several-fold; lz4 is cheap on CPU and needs no native library.
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Fail a round quickly while the broker is away; the rows simply wait for the next one.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return config;
    }
}
