package cn.perfeval.platform.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The table of the newest known state per evaluation ({@code evaluation_write_window}). */
@ApplicationScoped
public class EvaluationWindows {

    /** The state of an evaluation as far as the guard needs it. */
    public record Window(String state, String stateLabel, boolean factsWritable) {
    }

    private final EntityManager entityManager;

    public EvaluationWindows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Keeps the change when its sequence is higher than the stored one; an older or repeated event changes nothing.
     *
     * @return whether the stored state changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean keepNewest(EvaluationStateChange change) {
        return entityManager.createNativeQuery("""
                INSERT INTO evaluation_write_window AS w
                    (department_code, fiscal_year, sequence, state, state_label, facts_writable, changed_at)
                VALUES (:dept, :year, :sequence, :state, :label, :writable, :at)
                ON CONFLICT (department_code, fiscal_year) DO UPDATE SET
                    sequence = EXCLUDED.sequence, state = EXCLUDED.state, state_label = EXCLUDED.state_label,
                    facts_writable = EXCLUDED.facts_writable, changed_at = EXCLUDED.changed_at
                WHERE w.sequence < EXCLUDED.sequence
                """)
                .setParameter("dept", change.departmentCode()).setParameter("year", change.fiscalYear())
                .setParameter("sequence", change.sequence()).setParameter("state", change.state())
                .setParameter("label", change.stateLabel()).setParameter("writable", change.factsWritable())
                .setParameter("at", change.at()).executeUpdate() > 0;
    }

    /**
     * The evaluation's window, read with a share lock: a state change arriving meanwhile waits for the write to
     * commit, so a write checked as writable is not interleaved with the lock being stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Window> find(String dept, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT state, state_label, facts_writable FROM evaluation_write_window
                WHERE department_code = :dept AND fiscal_year = :year FOR SHARE
                """).setParameter("dept", dept).setParameter("year", year).getResultList();
        return rows.stream().findFirst()
                .map(row -> new Window((String) row[0], (String) row[1], (Boolean) row[2]));
    }
}
