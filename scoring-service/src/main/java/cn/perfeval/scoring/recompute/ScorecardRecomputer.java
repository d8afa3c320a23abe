package cn.perfeval.scoring.recompute;

import cn.perfeval.platform.concurrency.AdvisoryLocks;
import cn.perfeval.platform.correlation.Correlation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Recomputes due evaluations one at a time (the scorecard, then every {@link EvaluationFollower}) and clears their
 * marks. A failure keeps the mark but pushes it back, so the others still proceed.
 */
@ApplicationScoped
public class ScorecardRecomputer {

    /**
     * The kind of background job that rebuilds the fact projection: while one runs (started on any instance), no
     * evaluation is recomputed, so no scorecard is made from a half-replayed projection.
     */
    public static final String PROJECTION_REBUILD = "projection-rebuild";

    private static final Logger LOG = Logger.getLogger(ScorecardRecomputer.class);
    /** More than the instances that may each hold one evaluation, so that a free one is always among them. */
    static final int CANDIDATES = 16;

    private final EntityManager entityManager;
    private final AdvisoryLocks locks;
    private final EvaluationScorer scorecards;
    private final Instance<EvaluationFollower> followers;
    private final Duration retryDelay;

    public ScorecardRecomputer(EntityManager entityManager, AdvisoryLocks locks, EvaluationScorer scorecards,
            Instance<EvaluationFollower> followers, RecomputeConfig config) {
        this.entityManager = entityManager;
        this.locks = locks;
        this.scorecards = scorecards;
        this.followers = followers;
        this.retryDelay = config.retryDelay();
    }

    /**
     * Recomputes the most overdue evaluation marked before {@code markedBefore} (the worker's round start) that no
     * other instance is recomputing, unless a projection rebuild is running. The mark is not locked while scoring (the consumers would queue behind every
     * recompute and bursts could not coalesce); it is removed afterwards only if no event re-marked it meanwhile, and a
     * transaction-scoped advisory lock keeps two instances off the same evaluation. An instance that finds the most
     * overdue one locked takes the next candidate instead of trying the same one again until the lock is gone.
     *
     * @return false when nothing was due that another instance was not already recomputing
     */
    public boolean recomputeNext(OffsetDateTime markedBefore) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                SELECT department_code, fiscal_year, due_at, correlation_id FROM pending_recompute
                 WHERE due_at <= :markedBefore
                   AND NOT EXISTS (SELECT 1 FROM background_job WHERE kind = :rebuild AND state = 'RUNNING')
                 ORDER BY due_at LIMIT :candidates
                """).setParameter("markedBefore", markedBefore).setParameter("rebuild", PROJECTION_REBUILD)
                .setParameter("candidates", CANDIDATES).getResultList());
        for (Object[] candidate : due) {
            if (tryRecompute(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Recomputes one marked evaluation unless another instance holds it or has cleared it; false then. */
    private boolean tryRecompute(Object[] mark) {
        String department = (String) mark[0];
        int year = ((Number) mark[1]).intValue();
        // the scorecard event this recompute publishes carries the id of the change that caused it
        Correlation.begin((String) mark[3]);
        try {
            return recompute(department, year, mark[2]);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Recompute of %s/%d failed; retrying in %s", department, year, retryDelay);
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                    UPDATE pending_recompute SET due_at = :later, last_error = :error
                     WHERE department_code = :dept AND fiscal_year = :year
                    """)
                    .setParameter("later", OffsetDateTime.now(ZoneOffset.UTC).plus(retryDelay))
                    .setParameter("error", String.valueOf(e.getMessage()))
                    .setParameter("dept", department).setParameter("year", year).executeUpdate());
            return true;
        } finally {
            Correlation.end();
        }
    }

    /**
     * Recomputes one evaluation now, in a transaction of its own, waiting for a recompute of it that another thread
     * or instance is running (a background job's item: it must be scored, not skipped). Its mark, if any, stays.
     */
    public void recomputeWaiting(String department, int year) {
        QuarkusTransaction.requiringNew().run(() -> {
            locks.hold(lockKey(department, year));
            scoreAndFollow(department, year);
        });
    }

    private boolean recompute(String department, int year, Object markedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!locks.tryHold(lockKey(department, year)) || !stillMarked(department, year)) {
                return false;
            }
            scoreAndFollow(department, year);
            entityManager.createNativeQuery("""
                    DELETE FROM pending_recompute
                     WHERE department_code = :dept AND fiscal_year = :year AND due_at = :markedAt
                    """).setParameter("dept", department).setParameter("year", year)
                    .setParameter("markedAt", markedAt).executeUpdate();
            return true;
        });
    }

    /** Whether the mark is still there once locked: another instance may have recomputed and cleared it meanwhile. */
    private boolean stillMarked(String department, int year) {
        return (Boolean) entityManager.createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM pending_recompute WHERE department_code = :dept AND fiscal_year = :year)
                """).setParameter("dept", department).setParameter("year", year).getSingleResult();
    }

    private void scoreAndFollow(String department, int year) {
        scorecards.recompute(department, year);
        followers.forEach(follower -> follower.refresh(department, year));
    }

    /** One advisory lock per evaluation keeps two recomputes of it (threads or instances) from interleaving. */
    private static String lockKey(String department, int year) {
        return "recompute:" + department + ":" + year;
    }
}
