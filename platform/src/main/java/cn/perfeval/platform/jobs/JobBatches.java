package cn.perfeval.platform.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/** One batch of a job: claimed, processed and marked done in one transaction (or, when it fails, item by item). */
@ApplicationScoped
public class JobBatches {

    private static final Logger LOG = Logger.getLogger(JobBatches.class);
    static final int ERROR_LENGTH = 500;

    private final EntityManager entityManager;
    private final Instance<JobHandler> handlers;
    private final int batchSize;

    public JobBatches(EntityManager entityManager, Instance<JobHandler> handlers, JobsConfig config) {
        this.entityManager = entityManager;
        this.handlers = handlers;
        this.batchSize = config.batchSize();
    }

    /**
     * Claims and processes one batch on the caller's thread (the runner's; a test drives several threads, as
     * several instances would).
     *
     * @return false when no running job has an item left that no other instance holds
     */
    public boolean processNextBatch() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Batch batch = claim(batchSize);
                return batch != null && process(batch);
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "A batch failed; its items are tried one by one");
            processItemByItem();
            return true;
        }
    }

    /** Marks DONE (or FAILED, when an item failed) each running job none of whose items is pending any more. */
    public void finishCompletedJobs() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                UPDATE background_job j
                   SET state = CASE WHEN EXISTS (SELECT 1 FROM background_job_item i
                                                  WHERE i.job_id = j.id AND i.state = 'FAILED') THEN 'FAILED'
                                    ELSE 'DONE' END,
                       finished_at = now()
                 WHERE state = 'RUNNING'
                   AND NOT EXISTS (SELECT 1 FROM background_job_item i WHERE i.job_id = j.id AND i.state = 'PENDING')
                """).executeUpdate());
    }

    /** After a failed batch: one item per transaction, as many as a batch holds; a failing one is marked FAILED. */
    private void processItemByItem() {
        for (int i = 0; i < batchSize; i++) {
            AtomicReference<Batch> claimed = new AtomicReference<>();
            try {
                boolean processed = QuarkusTransaction.requiringNew().call(() -> {
                    claimed.set(claim(1));
                    return claimed.get() != null && process(claimed.get());
                });
                if (!processed) {
                    return;
                }
            } catch (RuntimeException e) {
                if (claimed.get() == null) {
                    throw e;
                }
                String error = String.valueOf(e.getMessage());
                QuarkusTransaction.requiringNew().run(() -> mark(claimed.get().job(), claimed.get().items(), "FAILED",
                        error.substring(0, Math.min(error.length(), ERROR_LENGTH))));
            }
        }
    }

    private boolean process(Batch batch) {
        handler(batch.kind()).process(batch.subject(), batch.items());
        mark(batch.job(), batch.items(), "DONE", null);
        return true;
    }

    /** The next pending items of the oldest running job, locked for this transaction; null when there are none. */
    private Batch claim(int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT i.job_id, j.kind, j.subject, i.item FROM background_job_item i JOIN background_job j ON j.id = i.job_id
                 WHERE i.state = 'PENDING' AND i.job_id = (SELECT b.id FROM background_job b WHERE b.state = 'RUNNING'
                         AND EXISTS (SELECT 1 FROM background_job_item p WHERE p.job_id = b.id AND p.state = 'PENDING')
                       ORDER BY b.started_at LIMIT 1)
                 ORDER BY i.item LIMIT :size FOR UPDATE OF i SKIP LOCKED
                """).setParameter("size", size).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        return new Batch((UUID) rows.get(0)[0], (String) rows.get(0)[1], (String) rows.get(0)[2],
                rows.stream().map(row -> (String) row[3]).toList());
    }

    private void mark(UUID job, List<String> items, String state, String error) {
        entityManager.createNativeQuery("UPDATE background_job_item SET state = :state, error = :error "
                + "WHERE job_id = :job AND item IN (:items)").setParameter("state", state).setParameter("error", error)
                .setParameter("job", job).setParameter("items", items).executeUpdate();
    }

    private JobHandler handler(String kind) {
        return handlers.stream().filter(handler -> handler.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No handler for background jobs of kind " + kind));
    }

    private record Batch(UUID job, String kind, String subject, List<String> items) {
    }
}
