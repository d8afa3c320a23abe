package cn.perfeval.indicator.tree;

import cn.perfeval.indicator.department.DepartmentEvents;
import cn.perfeval.indicator.department.DepartmentView;
import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows of one imported table, written in the caller's single transaction (all-or-nothing) as each row would be
 * written alone — the same validation, one new indicator version, one changed event and one audit entry per row —
 * but in chunks: a chunk's indicators are flushed as JDBC batches and its events and audit entries written to the
 * outbox as batches, then the session is cleared, so neither round trips nor the session grow with the table.
 * Opened by {@link IndicatorService#importBatch}; {@link #finish} writes the last chunk.
 */
public final class IndicatorImportBatch {

    /** Rows per chunk: large enough to amortise a round trip, small enough to keep a chunk's entities cheap. */
    static final int CHUNK_ROWS = 500;

    /** The evaluation written to, its indicators by branch and name when the import began, and the next ordinal. */
    record Evaluation(String dept, int year, String actor, Map<String, UUID> ids, int firstNewOrdinal) {
    }

    /** A row's indicator: created or updated. */
    public record Written(UUID id, boolean created) {
    }

    private record Staged(Indicator indicator, IndicatorView before) {
    }

    private final Evaluation evaluation;
    private final EntityManager entityManager;
    private final IndicatorMapper mapper;
    private final IndicatorEvents events;
    private final DepartmentEvents departmentEvents;
    private final AuditTrail audit;
    private final List<Staged> chunk = new ArrayList<>(CHUNK_ROWS);
    private int nextOrdinal;

    IndicatorImportBatch(Evaluation evaluation, EntityManager entityManager, IndicatorMapper mapper,
            IndicatorEvents events, DepartmentEvents departmentEvents, AuditTrail audit) {
        this.evaluation = evaluation;
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.events = events;
        this.departmentEvents = departmentEvents;
        this.audit = audit;
        this.nextOrdinal = evaluation.firstNewOrdinal();
    }

    /**
     * Creates the row's indicator, or updates the one of the same branch and name, and records the table's actual
     * when it has one. The importer guarantees names are unique within the table.
     *
     * @throws cn.perfeval.platform.problem.ProblemException when a value is refused; the caller rolls back
     */
    public Written add(IndicatorRequest request, String actualText) {
        String key = IndicatorService.branchKey(request.level1(), request.level2(), request.name());
        UUID existing = evaluation.ids().get(key);
        Indicator indicator = existing != null ? updated(existing) : created();
        IndicatorView before = existing != null ? mapper.toView(indicator) : null;
        IndicatorService.applyValues(indicator, request);
        if (actualText != null) {
            IndicatorService.readActual(indicator, actualText);
            indicator.reportedBy = evaluation.actor();
            indicator.reportedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        indicator.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (existing == null) {
            indicator.persist();
            evaluation.ids().put(key, indicator.id);
        }
        chunk.add(new Staged(indicator, before));
        if (chunk.size() == CHUNK_ROWS) {
            writeChunk();
        }
        return new Written(indicator.id, existing == null);
    }

    /** Writes the rows added since the last full chunk. */
    public void finish() {
        if (!chunk.isEmpty()) {
            writeChunk();
        }
    }

    private Indicator updated(UUID id) {
        return Indicator.<Indicator>findByIdOptional(id).orElseThrow();
    }

    private Indicator created() {
        if (nextOrdinal == 1) {
            // the evaluation's first indicator: its report will need the department's name and functions
            departmentEvents.changed(DepartmentView.of(IndicatorService.requireDepartment(evaluation.dept())),
                    evaluation.year());
        }
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.departmentCode = evaluation.dept();
        indicator.fiscalYear = evaluation.year();
        indicator.ordinal = nextOrdinal++;
        return indicator;
    }

    /** Flushes the chunk (its versions are then final), publishes its events and audit entries, clears the session. */
    private void writeChunk() {
        entityManager.flush();
        List<IndicatorView> views = new ArrayList<>(chunk.size());
        List<AuditedChange> changes = new ArrayList<>(chunk.size());
        for (Staged staged : chunk) {
            Indicator indicator = staged.indicator();
            IndicatorView view = staged.before() == null ? mapper.toView(indicator, List.of()) : mapper.toView(indicator);
            views.add(view);
            changes.add(AuditedChange.of(evaluation.dept(), evaluation.year(), IndicatorService.AUDITED_ENTITY,
                    indicator.id.toString(), staged.before(), view));
        }
        events.changedAll(views);
        audit.recordAll(changes);
        entityManager.clear();
        chunk.clear();
    }
}
