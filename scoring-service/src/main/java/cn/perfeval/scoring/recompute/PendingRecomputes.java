package cn.perfeval.scoring.recompute;

import cn.perfeval.platform.concurrency.AfterCommit;
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
                INSERT INTO pending_recompute (department_code, fiscal_year, due_at)
                SELECT DISTINCT department_code, fiscal_year, CAST(:now AS timestamptz) FROM fact_record
                ON CONFLICT (department_code, fiscal_year) DO UPDATE SET due_at = EXCLUDED.due_at, last_error = NULL
                """).setParameter("now", OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        wakeWorkerAfterCommit();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void request(String departmentCode, int fiscalYear) {
        entityManager.createNativeQuery("""
                INSERT INTO pending_recompute (department_code, fiscal_year, due_at) VALUES (:dept, :year, :now)
                ON CONFLICT (department_code, fiscal_year) DO UPDATE SET due_at = EXCLUDED.due_at, last_error = NULL
                """)
                .setParameter("dept", departmentCode)
                .setParameter("year", fiscalYear)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        wakeWorkerAfterCommit();
    }

    private void wakeWorkerAfterCommit() {
        AfterCommit.run(transactions, worker::wakeUp);
    }
}
