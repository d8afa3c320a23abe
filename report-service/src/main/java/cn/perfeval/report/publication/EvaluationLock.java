package cn.perfeval.report.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Serialises the writes of one evaluation (department, year): a scorecard arriving from Kafka and a narrative edit
 * from REST both compose and number report versions, and must not pick the same number.
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
