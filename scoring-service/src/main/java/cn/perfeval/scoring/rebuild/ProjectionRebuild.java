package cn.perfeval.scoring.rebuild;

import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import cn.perfeval.platform.events.inbound.InboundEvents;
import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.scoring.messaging.FactEventsConsumer;
import cn.perfeval.scoring.recompute.PendingRecomputes;
import cn.perfeval.scoring.recompute.RecomputeWorker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds the fact projection from the topics: recomputes are paused, the projection is emptied, every record up
 * to the topics' current ends is replayed through the same code the live consumer uses, and then every
 * evaluation is recomputed. Events are event-carried state with versions, so the replay converges on exactly the
 * projection the live consumer built; a scorecard whose content did not change gets no new version.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);

    private final FactEventsConsumer consumer;
    private final InboundEvents inbound;
    private final PendingRecomputes pending;
    private final RecomputeWorker worker;
    private final EntityManager entityManager;
    private final String bootstrapServers;
    private final AuditTrail audit;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>();

    public ProjectionRebuild(FactEventsConsumer consumer, InboundEvents inbound, PendingRecomputes pending,
            RecomputeWorker worker, EntityManager entityManager,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, AuditTrail audit) {
        this.audit = audit;
        this.consumer = consumer;
        this.inbound = inbound;
        this.pending = pending;
        this.worker = worker;
        this.entityManager = entityManager;
        this.bootstrapServers = bootstrapServers;
    }

    public synchronized RebuildStatus start(String actor) {
        RebuildStatus current = status.get();
        if (current != null && RebuildStatus.RUNNING.equals(current.state())) {
            throw ProblemException.conflict("A rebuild is already running (" + current.applied() + " of "
                    + current.totalRecords() + " records replayed)");
        }
        RebuildStatus started = new RebuildStatus(RebuildStatus.RUNNING, 0, 0, 0, actor,
                OffsetDateTime.now(ZoneOffset.UTC), null, null);
        // Recorded before the replay starts: an entry exists exactly for each rebuild that was started.
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditedChange.of(AuditTrail.ALL_DEPARTMENTS, null,
                "projection-rebuild", started.startedAt().toString(), current, started)));
        status.set(started);
        Thread thread = new Thread(() -> run(started), "projection-rebuild");
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    public RebuildStatus status() {
        RebuildStatus current = status.get();
        if (current == null) {
            throw ProblemException.notFound("No rebuild has run since this instance started");
        }
        return current;
    }

    private void run(RebuildStatus started) {
        AtomicLong applied = new AtomicLong();
        AtomicLong poison = new AtomicLong();
        worker.pause();
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(readerConfig(), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = partitions(reader);
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
            long total = ends.entrySet().stream()
                    .mapToLong(e -> e.getValue() - reader.beginningOffsets(List.of(e.getKey())).get(e.getKey())).sum();
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("DELETE FROM fact_record").executeUpdate());
            while (!reachedEnd(reader, ends)) {
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    try {
                        QuarkusTransaction.requiringNew().run(() -> consumer.apply(inbound.read(record)));
                    } catch (PoisonMessageException e) {
                        poison.incrementAndGet();
                    }
                    applied.incrementAndGet();
                }
                status.set(new RebuildStatus(RebuildStatus.RUNNING, total, applied.get(), poison.get(),
                        started.startedBy(), started.startedAt(), null, null));
            }
            pending.requestAll();
            status.set(new RebuildStatus(RebuildStatus.DONE, total, applied.get(), poison.get(), started.startedBy(),
                    started.startedAt(), OffsetDateTime.now(ZoneOffset.UTC), null));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Projection rebuild failed");
            status.set(new RebuildStatus(RebuildStatus.FAILED, 0, applied.get(), poison.get(), started.startedBy(),
                    started.startedAt(), OffsetDateTime.now(ZoneOffset.UTC), String.valueOf(e.getMessage())));
        } finally {
            worker.resume();
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> reader, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> reader.position(e.getKey()) >= e.getValue());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> reader) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : FactEventsConsumer.TOPICS) {
            List<PartitionInfo> infos = reader.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        }
        return partitions;
    }

    private Properties readerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "projection-rebuild");
        return config;
    }
}
