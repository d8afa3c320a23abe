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

    public PendingRecomputes(EntityManager entityManager, TransactionSynchronizationRegistry transactions,
            RecomputeWorker worker) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.worker = worker;
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

    /** Marks one evaluation, remembering the correlation id of the event that changed it (the latest one wins). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(String departmentCode, int fiscalYear) {
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
        wakeWorkerAfterCommit();
    }

    private void wakeWorkerAfterCommit() {
        AfterCommit.run(transactions, worker::wakeUp);
    }
}
