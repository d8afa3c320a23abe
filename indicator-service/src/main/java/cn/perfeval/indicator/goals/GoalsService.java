package cn.perfeval.indicator.goals;

import cn.perfeval.indicator.department.Department;
import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import cn.perfeval.platform.cycle.WriteWindow;
import cn.perfeval.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores an evaluation's goals and key tasks as one document, replaced as a whole, and announces each change; a
 * replacement is refused while the evaluation's facts are locked ({@link WriteWindow}) and audited when accepted.
 */
@ApplicationScoped
public class GoalsService {

    private final EntityManager entityManager;
    private final GoalsEvents events;
    private final WriteWindow window;
    private final AuditTrail audit;

    public GoalsService(EntityManager entityManager, GoalsEvents events, WriteWindow window, AuditTrail audit) {
        this.entityManager = entityManager;
        this.events = events;
        this.window = window;
        this.audit = audit;
    }

    @Transactional
    public GoalsView replace(String dept, int year, GoalsRequest request) {
        window.requireWritable(dept, year);
        if (Department.findById(dept) == null) {
            throw ProblemException.notFound("No department " + dept + "; create it with PUT /api/v1/departments/" + dept);
        }
        GoalsView before = find(dept, year).orElse(null);
        long version = (before == null ? 0L : before.version()) + 1;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        entityManager.createNativeQuery("""
                INSERT INTO evaluation (department_code, fiscal_year, overall_goal, version, updated_at)
                VALUES (:dept, :year, :goal, :version, :now)
                ON CONFLICT (department_code, fiscal_year) DO UPDATE
                   SET overall_goal = EXCLUDED.overall_goal, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
                """).setParameter("dept", dept).setParameter("year", year).setParameter("goal", request.overallGoal())
                .setParameter("version", version).setParameter("now", now).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM key_task WHERE department_code = :dept AND fiscal_year = :year")
                .setParameter("dept", dept).setParameter("year", year).executeUpdate();
        List<GoalsView.KeyTaskView> tasks = new ArrayList<>();
        for (GoalsRequest.KeyTask task : request.keyTasks()) {
            int ordinal = tasks.size() + 1;
            entityManager.createNativeQuery("""
                    INSERT INTO key_task (department_code, fiscal_year, ordinal, task, goal)
                    VALUES (:dept, :year, :ordinal, :task, :goal)
                    """).setParameter("dept", dept).setParameter("year", year).setParameter("ordinal", ordinal)
                    .setParameter("task", task.task()).setParameter("goal", task.goal()).executeUpdate();
            tasks.add(new GoalsView.KeyTaskView(ordinal, task.task(), task.goal()));
        }
        GoalsView view = new GoalsView(dept + ":" + year, dept, year, version, request.overallGoal(), tasks, now);
        events.changed(view);
        audit.record(AuditedChange.of(dept, year, "goals", view.id(), before, view));
        return view;
    }

    @Transactional
    public Optional<GoalsView> find(String dept, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT overall_goal, version, updated_at FROM evaluation WHERE department_code = :dept AND fiscal_year = :year")
                .setParameter("dept", dept).setParameter("year", year).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> tasks = entityManager.createNativeQuery(
                "SELECT ordinal, task, goal FROM key_task WHERE department_code = :dept AND fiscal_year = :year ORDER BY ordinal")
                .setParameter("dept", dept).setParameter("year", year).getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new GoalsView(dept + ":" + year, dept, year, ((Number) row[1]).longValue(), (String) row[0],
                tasks.stream().map(t -> new GoalsView.KeyTaskView(((Number) t[0]).intValue(), (String) t[1], (String) t[2]))
                        .toList(),
                timestamp(row[2])));
    }

    /** The JDBC path decides whether a TIMESTAMPTZ comes back as OffsetDateTime, Instant or Timestamp. */
    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
