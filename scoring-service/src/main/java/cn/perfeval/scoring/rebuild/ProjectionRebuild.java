package cn.perfeval.scoring.rebuild;

import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import cn.perfeval.platform.concurrency.AdvisoryLocks;
import cn.perfeval.platform.events.inbound.InboundEvents;
import cn.perfeval.platform.events.outbox.KafkaConnection;
import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.platform.jobs.JobHandler;
import cn.perfeval.platform.jobs.JobView;
import cn.perfeval.platform.jobs.Jobs;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.scoring.messaging.FactEventsConsumer;
import cn.perfeval.scoring.recompute.ScorecardRecomputer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Rebuilds the fact projection from the topics as a background job: starting it empties the projection and records
 * one item per range of {@value TopicRanges#RECORDS_PER_ITEM} records up to the topics' current ends; the job runners
 * of every instance replay the ranges through the same code the live consumer uses, and recomputes wait while it runs
 * ({@link ScorecardRecomputer#PROJECTION_REBUILD}). Events are event-carried state with versions, so the replay, in
 * any order and beside the live consumer, converges on exactly the projection the live consumer built; every replayed
 * evaluation is marked, and once the job is done each is recomputed (a scorecard whose content did not change gets
 * no new version).
 */
@ApplicationScoped
public class ProjectionRebuild implements JobHandler {

    private static final Duration STALL_LIMIT = Duration.ofMinutes(1);

    private final FactEventsConsumer consumer;
    private final InboundEvents inbound;
    private final EntityManager entityManager;
    private final Jobs jobs;
    private final AuditTrail audit;
    private final ObjectMapper mapper;
    private final AdvisoryLocks locks;
    private final String bootstrapServers;

    public ProjectionRebuild(FactEventsConsumer consumer, InboundEvents inbound, EntityManager entityManager, Jobs jobs,
            AuditTrail audit, ObjectMapper mapper, AdvisoryLocks locks, KafkaConnection kafka) {
        this.consumer = consumer;
        this.inbound = inbound;
        this.entityManager = entityManager;
        this.jobs = jobs;
        this.audit = audit;
        this.mapper = mapper;
        this.locks = locks;
        this.bootstrapServers = kafka.bootstrapServers();
    }

    /** Empties the projection and starts the replay; a 409 problem while a rebuild runs (on any instance). */
    @Transactional
    public JobView start(String actor) {
        // two instances asked at once: the second waits here, then sees the first one's job
        locks.hold(ScorecardRecomputer.PROJECTION_REBUILD);
        latest().filter(job -> "RUNNING".equals(job.state())).ifPresent(job -> {
            throw ProblemException.conflict("A rebuild is running (" + job.done() + " of " + job.total()
                    + " ranges of records replayed): " + Jobs.location(job.id()));
        });
        List<String> ranges;
        try (KafkaConsumer<String, String> reader = reader()) {
            ranges = TopicRanges.of(reader, FactEventsConsumer.TOPICS);
        }
        // TRUNCATE, not DELETE: emptying the projection is quick whatever its size, so it may run in the request
        entityManager.createNativeQuery("TRUNCATE fact_record").executeUpdate();
        JobView job = jobs.start(ScorecardRecomputer.PROJECTION_REBUILD, "fact topics", actor,
                "SELECT jsonb_array_elements_text(CAST(:ranges AS jsonb))", Map.of("ranges", json(ranges)));
        // Recorded with the job: an entry exists exactly for each rebuild that was started.
        audit.record(AuditedChange.of(AuditTrail.ALL_DEPARTMENTS, null, "projection-rebuild", job.id().toString(),
                null, job));
        return job;
    }

    /** The latest rebuild's progress, started on any instance. */
    public java.util.Optional<JobView> latest() {
        return jobs.latest(ScorecardRecomputer.PROJECTION_REBUILD);
    }

    @Override
    public String kind() {
        return ScorecardRecomputer.PROJECTION_REBUILD;
    }

    /** Replays each range; each record in a transaction of its own, as the live consumer applies it. */
    @Override
    public void process(String subject, List<String> items) {
        try (KafkaConsumer<String, String> reader = reader()) {
            for (String item : items) {
                replay(reader, TopicRanges.parse(item));
            }
        }
    }

    /** Applies the range's records; a broker that gives none for a minute fails the item rather than hanging. */
    private void replay(KafkaConsumer<String, String> reader, TopicRanges.Range range) {
        reader.assign(List.of(range.partition()));
        reader.seek(range.partition(), range.from());
        long position = range.from();
        long stalledSince = System.nanoTime();
        while (position < range.to()) {
            reader.poll(Duration.ofMillis(500)).records(range.partition()).stream()
                    .filter(record -> record.offset() < range.to()).forEach(this::apply);
            long now = reader.position(range.partition());
            if (now == position && System.nanoTime() - stalledSince > STALL_LIMIT.toNanos()) {
                throw new IllegalStateException("No record of " + range + " arrived for " + STALL_LIMIT);
            }
            stalledSince = now == position ? stalledSince : System.nanoTime();
            position = now;
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        try {
            QuarkusTransaction.requiringNew().run(() -> consumer.apply(inbound.read(record)));
        } catch (PoisonMessageException e) {
            // the live consumer sent it to the dead-letter topic; it stays out of the projection here too
        }
    }

    private KafkaConsumer<String, String> reader() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "projection-rebuild");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
