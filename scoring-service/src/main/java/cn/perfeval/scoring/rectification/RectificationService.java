package cn.perfeval.scoring.rectification;

import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.scoring.projection.ProjectionStore;
import cn.perfeval.scoring.recompute.PendingRecomputes;
import cn.perfeval.scoring.rectification.task.RectificationTask;
import cn.perfeval.scoring.rectification.task.TaskState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Opens and closes rectification tasks, each write audited. A task of year N is a fact of year N+1
 * ({@code rectification.carriedTasks}), so every write marks N+1 for rescoring when that evaluation exists; one that
 * appears later reads the tasks at its first scoring anyway.
 */
@ApplicationScoped
public class RectificationService {

    /** The entityType of tasks in the audit trail (the entityId is the task's id). */
    static final String AUDITED_ENTITY = "rectification-task";

    private final TaskSourceCheck sources;
    private final ProjectionStore projection;
    private final PendingRecomputes pending;
    private final AuditTrail audit;
    private final Clock clock;

    public RectificationService(TaskSourceCheck sources, ProjectionStore projection, PendingRecomputes pending,
            AuditTrail audit, Clock clock) {
        this.sources = sources;
        this.projection = projection;
        this.pending = pending;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public TaskView open(String dept, int year, OpenTaskRequest request, String actor) {
        LocalDate sourceDate = SourceDates.of(request.source(), year);
        SourceDates.requireDueNotBefore(request.dueDate(), sourceDate);
        sources.requireExists(dept, year, request.source());
        RectificationTask task = new RectificationTask();
        task.departmentCode = dept;
        task.fiscalYear = year;
        task.sourceKind = request.source().kind();
        task.sourceReference = request.source().reference();
        task.problem = request.problem();
        task.goal = request.goal();
        task.measure = request.measure();
        task.owner = request.owner();
        task.dueDate = request.dueDate();
        task.state = TaskState.OPEN;
        task.version = 1;
        task.openedBy = actor;
        task.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
        task.persist();
        return recorded(null, task);
    }

    @Transactional
    public TaskView close(String dept, int year, long id, CloseTaskRequest request, String actor) {
        RectificationTask task = RectificationTask.findForUpdate(dept, year, id).orElseThrow(() -> notFound(dept, year, id));
        if (task.state == TaskState.CLOSED) {
            throw ProblemException.conflict("Task " + id + " was closed on " + task.closedOn
                    + "; a closed task stays closed (open a new one for what remains)");
        }
        TaskView before = TaskView.of(task);
        task.state = TaskState.CLOSED;
        task.version++;
        task.evidence = request.evidence();
        task.evidenceUrl = request.evidenceUrl();
        task.closedBy = actor;
        task.closedAt = OffsetDateTime.now(ZoneOffset.UTC);
        task.closedOn = LocalDate.now(clock);
        return recorded(before, task);
    }

    public TaskView task(String dept, int year, long id) {
        return TaskView.of(RectificationTask.find(dept, year, id).orElseThrow(() -> notFound(dept, year, id)));
    }

    public TaskPage tasks(String dept, int year, TaskState state, int page, int size) {
        List<TaskView> tasks = RectificationTask.page(dept, year, state, page, size).stream().map(TaskView::of).toList();
        return new TaskPage(tasks, page, size, RectificationTask.count(dept, year, state));
    }

    private TaskView recorded(TaskView before, RectificationTask task) {
        TaskView after = TaskView.of(task);
        audit.record(AuditedChange.of(task.departmentCode, task.fiscalYear, AUDITED_ENTITY, String.valueOf(task.id),
                before, after));
        int carriedInto = task.fiscalYear + 1;
        if (projection.evaluationExists(task.departmentCode, carriedInto)) {
            pending.request(task.departmentCode, carriedInto);
        }
        return after;
    }

    private static ProblemException notFound(String dept, int year, long id) {
        return ProblemException.notFound("No rectification task " + id + " in " + dept + "/" + year);
    }
}
