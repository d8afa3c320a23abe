package cn.perfeval.scoring.cycle.state;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Reads an evaluation's current state without locking it. A package of its own that depends on nothing of the
 * service, so that writers of the evaluation's inputs (judgements) can ask whether they are writable without a
 * package cycle (cycle/ reads the facts through validation/ and projection/, which read the judgements).
 */
@ApplicationScoped
public class EvaluationStates {

    private final EntityManager entityManager;

    public EvaluationStates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public CurrentState current(String dept, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT state, sequence FROM evaluation_state WHERE department_code = :dept AND fiscal_year = :year
                """).setParameter("dept", dept).setParameter("year", year).getResultList();
        return rows.stream().findFirst()
                .map(row -> new CurrentState(EvaluationState.valueOf((String) row[0]), ((Number) row[1]).intValue()))
                .orElse(CurrentState.INITIAL);
    }
}
