package cn.perfeval.scoring.recompute;

import cn.perfeval.scoring.scorecard.ScorecardService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Claims one due evaluation (row lock, SKIP LOCKED so instances share the work), recomputes it in a transaction
 * of its own and clears the mark. A failure keeps the mark but pushes it back, so the others still proceed.
 */
@ApplicationScoped
public class ScorecardRecomputer {

    private static final Logger LOG = Logger.getLogger(ScorecardRecomputer.class);

    private final EntityManager entityManager;
    private final ScorecardService scorecards;
    private final Duration retryDelay;

    public ScorecardRecomputer(EntityManager entityManager, ScorecardService scorecards,
            @ConfigProperty(name = "perfeval.recompute.retry-delay", defaultValue = "PT30S") Duration retryDelay) {
        this.entityManager = entityManager;
        this.scorecards = scorecards;
        this.retryDelay = retryDelay;
    }

    /** @return false when nothing was due */
    public boolean recomputeNext() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            @SuppressWarnings("unchecked")
            List<Object[]> due = entityManager.createNativeQuery("""
                    SELECT department_code, fiscal_year FROM pending_recompute
                     WHERE due_at <= :now ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED
                    """).setParameter("now", now).getResultList();
            if (due.isEmpty()) {
                return false;
            }
            String department = (String) due.get(0)[0];
            int year = ((Number) due.get(0)[1]).intValue();
            try {
                scorecards.recompute(department, year);
                entityManager.createNativeQuery(
                        "DELETE FROM pending_recompute WHERE department_code = :dept AND fiscal_year = :year")
                        .setParameter("dept", department).setParameter("year", year).executeUpdate();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Recompute of %s/%d failed; retrying in %s", department, year, retryDelay);
                entityManager.createNativeQuery("""
                        UPDATE pending_recompute SET due_at = :later, last_error = :error
                         WHERE department_code = :dept AND fiscal_year = :year
                        """)
                        .setParameter("later", now.plus(retryDelay))
                        .setParameter("error", String.valueOf(e.getMessage()))
                        .setParameter("dept", department).setParameter("year", year).executeUpdate();
            }
            return true;
        });
    }
}
