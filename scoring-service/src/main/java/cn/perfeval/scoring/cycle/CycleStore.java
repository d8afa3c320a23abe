package cn.perfeval.scoring.cycle;

import cn.perfeval.scoring.cycle.state.CurrentState;
import cn.perfeval.scoring.cycle.state.EvaluationState;
import cn.perfeval.scoring.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** The state row and the append-only transition history of each evaluation. */
@ApplicationScoped
class CycleStore {

    private final EntityManager entityManager;

    CycleStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The evaluation's state, its row locked until the transaction ends, so transitions of one evaluation run one
     * after the other and each sees the state the previous one left. The row is created (DRAFT) on first use; a
     * concurrent creator waits on the insert, then on the lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    CurrentState lock(String dept, int year) {
        entityManager.createNativeQuery("""
                INSERT INTO evaluation_state (department_code, fiscal_year, state, sequence)
                VALUES (:dept, :year, 'DRAFT', 0) ON CONFLICT (department_code, fiscal_year) DO NOTHING
                """).setParameter("dept", dept).setParameter("year", year).executeUpdate();
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT state, sequence FROM evaluation_state
                 WHERE department_code = :dept AND fiscal_year = :year FOR UPDATE
                """).setParameter("dept", dept).setParameter("year", year).getSingleResult();
        return new CurrentState(EvaluationState.valueOf((String) row[0]), ((Number) row[1]).intValue());
    }

    /** Appends the transition and moves the state row to it; the caller holds the row's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    void append(String dept, int year, TransitionEntry entry) {
        entityManager.createNativeQuery("""
                INSERT INTO evaluation_transition (department_code, fiscal_year, sequence, transition, from_state,
                    to_state, subject, role, reason, scorecard_version, at)
                VALUES (:dept, :year, :sequence, :transition, :from, :to, :subject, :role, :reason, :scorecard, :at)
                """).setParameter("dept", dept).setParameter("year", year).setParameter("sequence", entry.sequence())
                .setParameter("transition", entry.transition()).setParameter("from", entry.fromState().name())
                .setParameter("to", entry.toState().name()).setParameter("subject", entry.actor().subject())
                .setParameter("role", entry.actor().role()).setParameter("reason", entry.reason())
                .setParameter("scorecard", entry.scorecardVersion()).setParameter("at", entry.at())
                .executeUpdate();
        entityManager.createNativeQuery("""
                UPDATE evaluation_state SET state = :state, sequence = :sequence
                 WHERE department_code = :dept AND fiscal_year = :year
                """).setParameter("state", entry.toState().name()).setParameter("sequence", entry.sequence())
                .setParameter("dept", dept).setParameter("year", year).executeUpdate();
    }

    /** Every transition of the evaluation, oldest first. */
    List<TransitionEntry> history(String dept, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT sequence, transition, from_state, to_state, subject, role, reason, scorecard_version, at
                  FROM evaluation_transition WHERE department_code = :dept AND fiscal_year = :year ORDER BY sequence
                """).setParameter("dept", dept).setParameter("year", year).getResultList();
        return rows.stream().map(CycleStore::entry).toList();
    }

    private static TransitionEntry entry(Object[] row) {
        return new TransitionEntry(((Number) row[0]).intValue(), (String) row[1],
                EvaluationState.valueOf((String) row[2]), EvaluationState.valueOf((String) row[3]),
                new Actor((String) row[4], (String) row[5]), (String) row[6],
                row[7] == null ? null : ((Number) row[7]).intValue(), SqlValues.timestamp(row[8]));
    }
}
