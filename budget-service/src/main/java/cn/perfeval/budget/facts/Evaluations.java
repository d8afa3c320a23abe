package cn.perfeval.budget.facts;

import cn.perfeval.platform.cycle.WriteWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Serialises the writes of one evaluation: every write transaction locks the evaluation's row first, so two
 * concurrent writes cannot both compute "version + 1" of the same snapshot. Taking the lock for a write first checks
 * that the evaluation's facts are writable ({@link WriteWindow}): being the first step of every write, the check
 * cannot be forgotten by a new one, and a refused write has changed nothing.
 */
@ApplicationScoped
public class Evaluations {

    private final EntityManager entityManager;
    private final WriteWindow window;

    public Evaluations(EntityManager entityManager, WriteWindow window) {
        this.entityManager = entityManager;
        this.window = window;
    }

    /** For a write of the evaluation's facts: refused with a 409 while the evaluation is locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String departmentCode, int fiscalYear) {
        window.requireWritable(departmentCode, fiscalYear);
        lockToRejudge(departmentCode, fiscalYear);
    }

    /**
     * For the service's own re-judgement after a calendar change or a passed deadline: not a change of the
     * evaluation's facts, so it proceeds in every state (the verdicts follow the law and the calendar).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockToRejudge(String departmentCode, int fiscalYear) {
        entityManager.createNativeQuery("""
                INSERT INTO evaluation (department_code, fiscal_year) VALUES (:dept, :year) ON CONFLICT DO NOTHING
                """).setParameter("dept", departmentCode).setParameter("year", fiscalYear).executeUpdate();
        entityManager.createNativeQuery("""
                SELECT 1 FROM evaluation WHERE department_code = :dept AND fiscal_year = :year FOR UPDATE
                """).setParameter("dept", departmentCode).setParameter("year", fiscalYear).getResultList();
    }
}
