package cn.perfeval.scoring.recompute;

import cn.perfeval.platform.concurrency.AfterCommit;
import cn.perfeval.platform.correlation.Correlation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Marks evaluations whose facts changed; the worker recomputes each marked evaluation once per burst. */
@ApplicationScoped
public class PendingRecomputes {

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final RecomputeWorker worker;
    private final long burstEvents;

    public PendingRecomputes(EntityManager entityManager, TransactionSynchronizationRegistry transactions,
            RecomputeWorker worker, RecomputeConfig config) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.worker = worker;
        this.burstEvents = config.burstEvents();
    }

    /** Marks every evaluation with facts, e.g. after a new version of the scheme they are scored under. */
    @Transactional
    public void requestAll() {
        entityManager.createNativeQuery("""
                INSERT INTO pending_recompute (department_code, fiscal_year, due_at, correlation_id)
                SELECT DISTINCT department_code, fiscal_year, CAST(:now AS timestamptz), CAST(:correlation AS text)
                  FROM fact_record
                ON CONFLICT (department_code, fiscal_year) DO UPDATE SET due_at = EXCLUDED.due_at, last_error = NULL,
                       correlation_id = EXCLUDED.correlation_id
                """).setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("correlation", Correlation.current()).executeUpdate();
        wakeWorkerAfterCommit();
    }

    /**
     * Marks every evaluation with facts whose latest scorecard was not scored under this scheme version (or that
     * has none yet), e.g. after a new shipped version was stored at startup.
     *
     * @return how many evaluations were marked
     */
    @Transactional
    public int requestUnlessScoredUnder(String schemeId, String schemeVersion) {
        int marked = entityManager.createNativeQuery("""
                INSERT INTO pending_recompute (department_code, fiscal_year, due_at)
                SELECT DISTINCT f.department_code, f.fiscal_year, CAST(:now AS timestamptz) FROM fact_record f
                 WHERE NOT EXISTS (SELECT 1 FROM scorecard_version s
                                    WHERE s.department_code = f.department_code AND s.fiscal_year = f.fiscal_year
                                      AND s.scheme_id = :scheme AND s.scheme_version = :version
                                      AND s.version = (SELECT max(l.version) FROM scorecard_version l
                                                        WHERE l.department_code = f.department_code
                                                          AND l.fiscal_year = f.fiscal_year))
                ON CONFLICT (department_code, fiscal_year) DO UPDATE SET due_at = EXCLUDED.due_at, last_error = NULL
                """).setParameter("now", OffsetDateTime.now(ZoneOffset.UTC)).setParameter("scheme", schemeId)
                .setParameter("version", schemeVersion).executeUpdate();
        wakeWorkerAfterCommit();
        return marked;
    }

    /** Marks one evaluation, remembering the correlation id of the event that changed it (the latest one wins). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(String departmentCode, int fiscalYear) {
        request(departmentCode, fiscalYear, 1);
    }

    /**
     * Marks one evaluation for {@code events} events of one consumer batch; from {@code perfeval.recompute.burst-events}
     * on, the worker is told a burst is under way, so it waits for a longer pause before scoring.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(String departmentCode, int fiscalYear, long events) {
        entityManager.createNativeQuery("""
                INSERT INTO pending_recompute (department_code, fiscal_year, due_at, correlation_id)
                VALUES (:dept, :year, :now, :correlation)
                ON CONFLICT (department_code, fiscal_year) DO UPDATE SET due_at = EXCLUDED.due_at, last_error = NULL,
                       correlation_id = EXCLUDED.correlation_id
                """)
                .setParameter("dept", departmentCode)
                .setParameter("year", fiscalYear)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("correlation", Correlation.current())
                .executeUpdate();
        AfterCommit.run(transactions, events >= burstEvents ? worker::wakeUpInBurst : worker::wakeUp);
    }

    /** Whether the evaluation's facts changed since its last scorecard (a recompute is queued or failing). */
    public boolean isPending(String departmentCode, int fiscalYear) {
        return (Boolean) entityManager.createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM pending_recompute WHERE department_code = :dept AND fiscal_year = :year)
                """).setParameter("dept", departmentCode).setParameter("year", fiscalYear).getSingleResult();
    }

    private void wakeWorkerAfterCommit() {
        AfterCommit.run(transactions, worker::wakeUp);
    }
}
