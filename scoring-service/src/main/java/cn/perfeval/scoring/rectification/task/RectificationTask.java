package cn.perfeval.scoring.rectification.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One rectification task (整改任务) of an evaluation. Kept in a package of its own, below everything that scores, so
 * that the scorecard and the facts can read the tasks carried into a year without depending on the REST side that
 * writes them.
 */
@Entity
@Table(name = "rectification_task")
public class RectificationTask extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "department_code")
    public String departmentCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind")
    public SourceKind sourceKind;

    @Column(name = "source_reference")
    public String sourceReference;

    public String problem;

    public String goal;

    public String measure;

    public String owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public TaskState state;

    /** 1 when opened, 2 once closed: the version the facts cite. */
    public long version;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    public String evidence;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** The day it was closed, in China. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** The tasks of year {@code fiscalYear − 1}, which carry into {@code fiscalYear}, oldest first. */
    public static List<RectificationTask> carriedInto(String departmentCode, int fiscalYear) {
        return list("departmentCode = ?1 and fiscalYear = ?2 order by id", departmentCode, fiscalYear - 1);
    }

    /** One page of the evaluation's tasks, oldest first; {@code state} null for every state. */
    public static List<RectificationTask> page(String departmentCode, int fiscalYear, TaskState state, int page,
            int size) {
        return state == null
                ? find("departmentCode = ?1 and fiscalYear = ?2 order by id", departmentCode, fiscalYear)
                        .page(Page.of(page, size)).list()
                : find("departmentCode = ?1 and fiscalYear = ?2 and state = ?3 order by id", departmentCode,
                        fiscalYear, state).page(Page.of(page, size)).list();
    }

    public static long count(String departmentCode, int fiscalYear, TaskState state) {
        return state == null ? count("departmentCode = ?1 and fiscalYear = ?2", departmentCode, fiscalYear)
                : count("departmentCode = ?1 and fiscalYear = ?2 and state = ?3", departmentCode, fiscalYear, state);
    }

    /** The task, if it belongs to this evaluation: an id of another evaluation is not found here. */
    public static Optional<RectificationTask> find(String departmentCode, int fiscalYear, long id) {
        return find("departmentCode = ?1 and fiscalYear = ?2 and id = ?3", departmentCode, fiscalYear, id)
                .firstResultOptional();
    }

    /** As {@link #find}, locked until the transaction ends, so that of two closures one sees the other's. */
    public static Optional<RectificationTask> findForUpdate(String departmentCode, int fiscalYear, long id) {
        return find("departmentCode = ?1 and fiscalYear = ?2 and id = ?3", departmentCode, fiscalYear, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
