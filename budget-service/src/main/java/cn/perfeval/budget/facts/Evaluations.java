package cn.perfeval.budget.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Serialises the writes of one evaluation: every write transaction locks the evaluation's row first, so two
 * concurrent writes cannot both compute "version + 1" of the same snapshot.
 */
@ApplicationScoped
public class Evaluations {

    private final EntityManager entityManager;

    public Evaluations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String departmentCode, int fiscalYear) {
        entityManager.createNativeQuery("""
                INSERT INTO evaluation (department_code, fiscal_year) VALUES (:dept, :year) ON CONFLICT DO NOTHING
                """).setParameter("dept", departmentCode).setParameter("year", fiscalYear).executeUpdate();
        entityManager.createNativeQuery("""
                SELECT 1 FROM evaluation WHERE department_code = :dept AND fiscal_year = :year FOR UPDATE
                """).setParameter("dept", departmentCode).setParameter("year", fiscalYear).getResultList();
    }
}
