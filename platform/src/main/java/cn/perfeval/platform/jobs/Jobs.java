package cn.perfeval.platform.jobs;

import cn.perfeval.platform.concurrency.AfterCommit;
import cn.perfeval.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts background jobs and reports their progress. Starting one only records it and its items, in the caller's
 * transaction (so a job exists exactly when the change that needs it committed); the {@link JobRunner} of any
 * instance does the work after the commit.
 */
@ApplicationScoped
public class Jobs {

    /** Where a job's progress is read: each service serves it under this path. */
    public static final String PATH = "/api/v1/jobs";
    static final int ERRORS_SHOWN = 20;

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final JobRunner runner;

    public Jobs(EntityManager entityManager, TransactionSynchronizationRegistry transactions, JobRunner runner) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.runner = runner;
    }

    /**
     * Records a job whose items are the rows of {@code itemsSql} (one text column, distinct values).
     *
     * @return the job as it starts: RUNNING, or DONE at once when there is nothing to do
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public JobView start(String kind, String subject, String actor, String itemsSql, Map<String, Object> parameters) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        entityManager.createNativeQuery("""
                INSERT INTO background_job (id, kind, subject, state, total, started_by, started_at)
                VALUES (:id, :kind, :subject, 'RUNNING', 0, :actor, :now)
                """).setParameter("id", id).setParameter("kind", kind).setParameter("subject", subject)
                .setParameter("actor", actor).setParameter("now", now).executeUpdate();
        Query items = entityManager.createNativeQuery("INSERT INTO background_job_item (job_id, item, state) "
                + "SELECT :id, item, 'PENDING' FROM (" + itemsSql + ") AS items(item)").setParameter("id", id);
        parameters.forEach(items::setParameter);
        int total = items.executeUpdate();
        entityManager.createNativeQuery("UPDATE background_job SET total = :total, state = CASE WHEN :total = 0 "
                + "THEN 'DONE' ELSE state END, finished_at = CASE WHEN :total = 0 THEN started_at END WHERE id = :id")
                .setParameter("total", total).setParameter("id", id).executeUpdate();
        AfterCommit.run(transactions, runner::wakeUp);
        return view(id);
    }

    /**
     * Records a job with nothing to do, DONE at once: the answer to a request that usually starts a job (one kind of
     * answer, 202 with a job, whatever the request changed) when this one changed nothing that needs work.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public JobView startEmpty(String kind, String subject, String actor) {
        return start(kind, subject, actor, "SELECT CAST(NULL AS text) WHERE FALSE", Map.of());
    }

    public static URI location(UUID id) {
        return URI.create(PATH + "/" + id);
    }

    /** The progress of the job a path names: a 400 problem when that is no job id, a 404 when no job has it. */
    public JobView view(String id) {
        UUID uuid;
        try {
            uuid = id.length() == 36 ? UUID.fromString(id) : null;
        } catch (IllegalArgumentException e) {
            uuid = null;
        }
        if (uuid == null) {
            throw ProblemException.validation("id", "must be a job id (a UUID such as 3f2c5e0a-8d1b-4c7e-9a51-2b6f0d4e8c13)");
        }
        return view(uuid);
    }

    /** The job's progress; a 404 problem when no job has that id. */
    @Transactional
    public JobView view(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT kind, subject, state, total, started_by, started_at, finished_at,
                       (SELECT count(*) FROM background_job_item i WHERE i.job_id = j.id AND i.state = 'DONE'),
                       (SELECT count(*) FROM background_job_item i WHERE i.job_id = j.id AND i.state = 'FAILED')
                  FROM background_job j WHERE id = :id
                """).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("No job " + id);
        }
        Object[] row = rows.get(0);
        return new JobView(id, (String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue(),
                ((Number) row[7]).longValue(), ((Number) row[8]).longValue(), (String) row[4], timestamp(row[5]),
                timestamp(row[6]), errors(id));
    }

    /** The progress of the job of this kind started last, if any was. */
    @Transactional
    public Optional<JobView> latest(String kind) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("SELECT id FROM background_job WHERE kind = :kind "
                + "ORDER BY started_at DESC LIMIT 1").setParameter("kind", kind).getResultList();
        return ids.stream().findFirst().map(this::view);
    }

    private List<JobView.ItemError> errors(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT item, error FROM background_job_item "
                + "WHERE job_id = :id AND state = 'FAILED' ORDER BY item LIMIT " + ERRORS_SHOWN)
                .setParameter("id", id).getResultList();
        return rows.stream().map(row -> new JobView.ItemError((String) row[0], (String) row[1])).toList();
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value instanceof OffsetDateTime offset ? offset.withOffsetSameInstant(ZoneOffset.UTC)
                : ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
