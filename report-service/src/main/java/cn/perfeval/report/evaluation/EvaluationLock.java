package cn.perfeval.report.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Serialises the writes of one evaluation (department, year): a scorecard or an approval arriving from Kafka and a
 * narrative edit from REST number report versions and revisions, and must not pick the same number or publish a
 * report composed from a narrative that is being changed.
 */
@ApplicationScoped
public class EvaluationLock {

    private final EntityManager entityManager;

    public EvaluationLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Held until the surrounding transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String departmentCode, int fiscalYear) {
        entityManager.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(hashtext(:key)) AS text)")
                .setParameter("key", "report:" + departmentCode + ":" + fiscalYear)
                .getSingleResult();
    }
}
