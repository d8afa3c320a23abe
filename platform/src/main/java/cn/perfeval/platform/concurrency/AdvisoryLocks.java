package cn.perfeval.platform.concurrency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * PostgreSQL's transaction-scoped advisory locks, named by text: the one mechanism by which threads and instances of
 * a service keep off each other's work (an evaluation's recompute, a report's version numbers, a seeding at start).
 * A lock is released when the surrounding transaction ends, so nothing can forget to release it, and a crashed
 * instance's locks go with its connection.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private final EntityManager entityManager;

    public AdvisoryLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Waits until the lock named {@code key} is this transaction's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(String key) {
        entityManager.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(hashtext(:key)) AS text)")
                .setParameter("key", key).getSingleResult();
    }

    /** @return whether the lock named {@code key} is now this transaction's; false at once if another holds it */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryHold(String key) {
        return (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", key).getSingleResult();
    }
}
