package cn.perfeval.report.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The report_approval rows: per evaluation, the newest state event's sequence, the scorecard it approved (when its
 * state is APPROVED) and the public version that answered that approval. Every method runs under the evaluation's
 * lock, held by the caller.
 */
@ApplicationScoped
public class ReportApprovals {

    private final EntityManager entityManager;

    public ReportApprovals(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Keeps a state event when it is newer than the one kept; a newer state that is no approval voids an approval
     * still waiting for its scorecard (reopened before it arrived).
     *
     * @param approvedScorecard the scorecard version approved, or null when the state is not APPROVED
     * @return false for an older or repeated event, which changes nothing
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(String departmentCode, int fiscalYear, int sequence, Integer approvedScorecard) {
        return entityManager.createNativeQuery("""
                INSERT INTO report_approval (department_code, fiscal_year, state_sequence, approved_scorecard)
                VALUES (:dept, :year, :sequence, :scorecard)
                ON CONFLICT (department_code, fiscal_year) DO UPDATE
                   SET state_sequence = EXCLUDED.state_sequence, approved_scorecard = EXCLUDED.approved_scorecard,
                       public_version = NULL
                 WHERE report_approval.state_sequence < EXCLUDED.state_sequence
                """)
                .setParameter("dept", departmentCode).setParameter("year", fiscalYear)
                .setParameter("sequence", sequence).setParameter("scorecard", approvedScorecard)
                .executeUpdate() > 0;
    }

    /** The sequence of the current approval of this scorecard version, if it has not been answered yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Integer> awaiting(String departmentCode, int fiscalYear, int scorecardVersion) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT state_sequence FROM report_approval
                 WHERE department_code = :dept AND fiscal_year = :year AND approved_scorecard = :scorecard
                   AND public_version IS NULL
                """)
                .setParameter("dept", departmentCode).setParameter("year", fiscalYear)
                .setParameter("scorecard", scorecardVersion)
                .getResultList();
        return rows.stream().findFirst().map(row -> ((Number) row).intValue());
    }

    /** Records that public version {@code publicVersion} answered the approval with this sequence. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(String departmentCode, int fiscalYear, int sequence, int publicVersion) {
        entityManager.createNativeQuery("""
                UPDATE report_approval SET public_version = :version
                 WHERE department_code = :dept AND fiscal_year = :year AND state_sequence = :sequence
                """)
                .setParameter("dept", departmentCode).setParameter("year", fiscalYear)
                .setParameter("sequence", sequence).setParameter("version", publicVersion)
                .executeUpdate();
    }
}
