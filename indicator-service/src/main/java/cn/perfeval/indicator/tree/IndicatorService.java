package cn.perfeval.indicator.tree;

import cn.perfeval.indicator.department.Department;
import cn.perfeval.indicator.department.DepartmentEvents;
import cn.perfeval.indicator.department.DepartmentView;
import cn.perfeval.indicator.domain.Grade;
import cn.perfeval.indicator.domain.IndicatorCategory;
import cn.perfeval.indicator.domain.IndicatorValueException;
import cn.perfeval.indicator.domain.MeasuredValue;
import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import cn.perfeval.platform.concurrency.IfMatch;
import cn.perfeval.platform.cycle.WriteWindow;
import cn.perfeval.platform.problem.ActDates;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes indicators. Every write validates the values as the domain reads them, stores text and parsed form, and
 * publishes the new state in the same transaction; a rejected write changes nothing. Each write first asks the
 * {@link WriteWindow} whether the evaluation's facts are writable, and records itself in the {@link AuditTrail}
 * with the indicator's state before and after.
 */
@ApplicationScoped
public class IndicatorService {

    /** The entityType of this service's indicator entries in the audit trail. */
    public static final String AUDITED_ENTITY = "indicator";

    private final EntityManager entityManager;
    private final IndicatorMapper mapper;
    private final IndicatorEvents events;
    private final DepartmentEvents departmentEvents;
    private final Clock clock;
    private final WriteWindow window;
    private final AuditTrail audit;

    public IndicatorService(EntityManager entityManager, IndicatorMapper mapper, IndicatorEvents events,
            DepartmentEvents departmentEvents, Clock clock, WriteWindow window, AuditTrail audit) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.events = events;
        this.departmentEvents = departmentEvents;
        this.clock = clock;
        this.window = window;
        this.audit = audit;
    }

    @Transactional
    public IndicatorView create(String dept, int year, IndicatorRequest request) {
        window.requireWritable(dept, year);
        Department department = requireDepartment(dept);
        if (isFirstOfEvaluation(dept, year)) {
            // the evaluation's first indicator: its report will need the department's name and functions
            departmentEvents.changed(DepartmentView.of(department), year);
        }
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.departmentCode = dept;
        indicator.fiscalYear = year;
        indicator.ordinal = request.ordinal() != null ? request.ordinal() : nextOrdinal(dept, year);
        apply(indicator, request);
        return save(indicator, null);
    }

    /**
     * One row of an imported table: creates the indicator, or updates {@code existing} (the importer looked the
     * branch up once for the whole table), and records the table's actual in the same write, so each row costs one
     * version and one event. The importer guarantees names are unique within the table.
     */
    @Transactional
    public ImportedIndicator upsert(String dept, int year, IndicatorRequest request, String actualText, String actor,
            UUID existing, int ordinalIfNew) {
        window.requireWritable(dept, year);
        Indicator indicator;
        IndicatorView before = null;
        if (existing != null) {
            indicator = find(dept, year, existing);
            before = mapper.toView(indicator);
        } else {
            Department department = requireDepartment(dept);
            if (ordinalIfNew == 1) {
                departmentEvents.changed(DepartmentView.of(department), year);
            }
            indicator = new Indicator();
            indicator.id = UUID.randomUUID();
            indicator.departmentCode = dept;
            indicator.fiscalYear = year;
            indicator.ordinal = ordinalIfNew;
        }
        apply(indicator, request, false);
        if (actualText != null) {
            readActual(indicator, actualText);
            indicator.reportedBy = actor;
            indicator.reportedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        return new ImportedIndicator(save(indicator, before), existing == null);
    }

    /**
     * Opens the write of a whole imported table in the caller's transaction: the evaluation is checked writable (and
     * stays so, its window being share-locked until the commit) and the department is looked up once for all rows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IndicatorImportBatch importBatch(String dept, int year, String actor) {
        window.requireWritable(dept, year);
        requireDepartment(dept);
        return new IndicatorImportBatch(new IndicatorImportBatch.Evaluation(dept, year, actor,
                idsByBranchAndName(dept, year), nextOrdinal(dept, year)), entityManager, mapper, events,
                departmentEvents, audit);
    }

    /** The indicators of an evaluation by branch and name, for an import to match its rows against. */
    public java.util.Map<String, UUID> idsByBranchAndName(String dept, int year) {
        java.util.Map<String, UUID> ids = new java.util.HashMap<>();
        Indicator.<Indicator>find("departmentCode = ?1 and fiscalYear = ?2", dept, year).list()
                .forEach(i -> ids.put(branchKey(i.level1, i.level2, i.name), i.id));
        return ids;
    }

    public static String branchKey(String level1, String level2, String name) {
        return level1 + "\u0000" + level2.strip() + "\u0000" + name.strip();
    }

    public int nextOrdinalOf(String dept, int year) {
        return nextOrdinal(dept, year);
    }

    /** An imported row's indicator, and whether the import created it. */
    public record ImportedIndicator(IndicatorView indicator, boolean created) {
    }

    @Transactional
    public IndicatorView update(String dept, int year, UUID id, IndicatorRequest request, Long expectedVersion) {
        window.requireWritable(dept, year);
        Indicator indicator = find(dept, year, id);
        requireVersion(indicator, expectedVersion);
        IndicatorView before = mapper.toView(indicator);
        apply(indicator, request);
        if (request.ordinal() != null) {
            indicator.ordinal = request.ordinal();
        }
        if (indicator.actualText != null) {
            readActual(indicator, indicator.actualText);
        }
        return save(indicator, before);
    }

    @Transactional
    public IndicatorView reportActual(String dept, int year, UUID id, ActualRequest request, Long expectedVersion,
            String actor) {
        window.requireWritable(dept, year);
        Indicator indicator = find(dept, year, id);
        requireVersion(indicator, expectedVersion);
        IndicatorView before = mapper.toView(indicator);
        MeasuredValue target = MeasuredValue.parseTarget(indicator.annualTargetText);
        if (target.isQualitative()) {
            Grade grade = grade(request.qualitativeGrade());
            if (request.qualitativeShare() == null) {
                throw ProblemException.validation("qualitativeShare", IndicatorMessages.SHARE_NEEDED.with());
            }
            try {
                grade.requireInBand(request.qualitativeShare());
            } catch (IndicatorValueException e) {
                throw ProblemException.validation("qualitativeShare", e.message());
            }
            indicator.actualText = request.value();
            indicator.actualValue = null;
            indicator.actualUnit = null;
            indicator.qualitativeGrade = grade.name();
            indicator.qualitativeShare = request.qualitativeShare();
        } else {
            if (request.qualitativeGrade() != null || request.qualitativeShare() != null) {
                throw ProblemException.validation("qualitativeGrade", IndicatorMessages.GRADE_ONLY_QUALITATIVE.with());
            }
            readActual(indicator, request.value());
        }
        indicator.evidenceDocument = request.evidenceDocument();
        indicator.evidenceUrl = request.evidenceUrl();
        indicator.reportedBy = actor;
        indicator.reportedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return save(indicator, before);
    }

    /**
     * Records a mid-year value. It must fall inside the fiscal year and be comparable with the target; a second
     * value for the same day replaces the first. The indicator's version moves on, so scoring sees the change.
     */
    @Transactional
    public IndicatorView reportProgress(String dept, int year, UUID id, ProgressRequest request, String actor) {
        window.requireWritable(dept, year);
        Indicator indicator = find(dept, year, id);
        IndicatorView before = mapper.toView(indicator);
        if (request.asOf().getYear() != year) {
            throw ProblemException.validation("asOf", IndicatorMessages.OUTSIDE_YEAR.with(year));
        }
        ActDates.notAfter(LocalDate.now(clock)).check("asOf", request.asOf(), null).throwIfAny();
        MeasuredValue target = MeasuredValue.parseTarget(indicator.annualTargetText);
        MeasuredValue value;
        try {
            value = target.isQualitative() ? MeasuredValue.qualitative(request.value()) : MeasuredValue.parseActual(request.value());
            MeasuredValue.requireComparable(target, value);
        } catch (IndicatorValueException e) {
            throw ProblemException.validation("value", e.message());
        }
        Progress progress = Progress.<Progress>find("indicatorId = ?1 and asOf = ?2", id, request.asOf())
                .firstResultOptional().orElseGet(() -> {
                    Progress created = new Progress();
                    created.id = UUID.randomUUID();
                    created.indicatorId = id;
                    created.asOf = request.asOf();
                    return created;
                });
        progress.valueText = request.value();
        progress.value = value.isQualitative() ? null : value.normalized();
        progress.unit = value.isQualitative() ? null : value.unit().base();
        progress.note = request.note();
        progress.reportedBy = actor;
        progress.reportedAt = OffsetDateTime.now(ZoneOffset.UTC);
        progress.persist();
        entityManager.flush();
        return save(indicator, before);
    }

    @Transactional
    public void delete(String dept, int year, UUID id, Long expectedVersion) {
        window.requireWritable(dept, year);
        Indicator indicator = find(dept, year, id);
        requireVersion(indicator, expectedVersion);
        IndicatorView last = mapper.toView(indicator);
        indicator.delete();
        events.deleted(withVersion(last, last.version() + 1));
        audit.record(AuditedChange.of(dept, year, AUDITED_ENTITY, id.toString(), last, null));
    }

    public Optional<Indicator> findOptional(String dept, int year, UUID id) {
        return Indicator.<Indicator>findByIdOptional(id)
                .filter(i -> i.departmentCode.equals(dept) && i.fiscalYear == year);
    }

    public Indicator find(String dept, int year, UUID id) {
        return findOptional(dept, year, id)
                .orElseThrow(() -> ProblemException.notFound("No indicator " + id + " in " + dept + "/" + year));
    }

    private void apply(Indicator indicator, IndicatorRequest request) {
        apply(indicator, request, true);
    }

    private void apply(Indicator indicator, IndicatorRequest request, boolean checkUniqueName) {
        applyValues(indicator, request);
        if (checkUniqueName) {
            requireUniqueInBranch(indicator);
        }
    }

    /** The request's values, validated as the domain reads them, without the uniqueness check (an import's own). */
    static void applyValues(Indicator indicator, IndicatorRequest request) {
        IndicatorCategory level1 = category(request.level1());
        MeasuredValue annual = parseTarget("annualTarget", request.annualTarget());
        if (request.periodTarget() != null && !request.periodTarget().isBlank()) {
            parseTarget("periodTarget", request.periodTarget());
        }
        indicator.level1 = level1.name();
        indicator.level2 = request.level2().strip();
        indicator.name = request.name().strip();
        indicator.comparator = annual.comparator().name();
        indicator.periodTargetText = request.periodTarget();
        indicator.annualTargetText = request.annualTarget();
        indicator.targetValue = annual.isQualitative() ? null : annual.normalized();
        indicator.targetUnit = annual.isQualitative() ? null : annual.unit().base();
        indicator.weight = request.weight();
        indicator.calculationNote = request.calculationNote();
    }

    static void readActual(Indicator indicator, String text) {
        MeasuredValue target = MeasuredValue.parseTarget(indicator.annualTargetText);
        MeasuredValue actual;
        try {
            actual = MeasuredValue.parseActual(text);
            MeasuredValue.requireComparable(target, actual);
        } catch (IndicatorValueException e) {
            throw ProblemException.validation("value", e.message());
        }
        indicator.actualText = text;
        indicator.actualValue = actual.normalized();
        indicator.actualUnit = actual.unit().base();
    }

    private IndicatorView save(Indicator indicator, IndicatorView before) {
        indicator.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        indicator.persist();
        entityManager.flush();
        IndicatorView view = mapper.toView(indicator);
        events.changed(view);
        audit.record(AuditedChange.of(indicator.departmentCode, indicator.fiscalYear, AUDITED_ENTITY,
                indicator.id.toString(), before, view));
        return view;
    }

    private static MeasuredValue parseTarget(String field, String text) {
        try {
            return MeasuredValue.parseTarget(text);
        } catch (IndicatorValueException e) {
            throw ProblemException.validation(field, e.message());
        }
    }

    /** A level-1 category from its Chinese name (产出指标, 产出) or its code (OUTPUT). */
    static IndicatorCategory category(String text) {
        Optional<IndicatorCategory> byLabel = IndicatorCategory.fromLabel(text);
        if (byLabel.isPresent()) {
            return byLabel.get();
        }
        return Arrays.stream(IndicatorCategory.values()).filter(c -> c.name().equals(text)).findFirst()
                .orElseThrow(() -> ProblemException.validation("level1", IndicatorMessages.UNKNOWN_LEVEL1.with(text)));
    }

    private static Grade grade(String text) {
        if (text == null) {
            throw ProblemException.validation("qualitativeGrade", IndicatorMessages.GRADE_NEEDED.with());
        }
        return Grade.fromLabel(text)
                .or(() -> Arrays.stream(Grade.values()).filter(g -> g.name().equals(text)).findFirst())
                .orElseThrow(() -> ProblemException.validation("qualitativeGrade", IndicatorMessages.UNKNOWN_GRADE.with(text)));
    }

    /**
     * Asked before the change is flushed: on an update the indicator is already managed and renamed, and an ordinary
     * query would flush it first, so the database's unique constraint, not this check, would answer (a 500).
     */
    private void requireUniqueInBranch(Indicator indicator) {
        long clashes = entityManager.createQuery("select count(i) from Indicator i where i.departmentCode = ?1"
                        + " and i.fiscalYear = ?2 and i.level1 = ?3 and i.level2 = ?4 and i.name = ?5 and i.id <> ?6",
                        Long.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, indicator.departmentCode).setParameter(2, indicator.fiscalYear)
                .setParameter(3, indicator.level1).setParameter(4, indicator.level2)
                .setParameter(5, indicator.name).setParameter(6, indicator.id)
                .getSingleResult();
        if (clashes > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "An indicator named '" + indicator.name
                    + "' already exists under " + indicator.level1 + " / " + indicator.level2,
                    List.of(new cn.perfeval.platform.problem.Problem.FieldError("name", "duplicate in this branch")));
        }
    }

    private static void requireVersion(Indicator indicator, Long expected) {
        IfMatch.require(expected, indicator.version, "Indicator " + indicator.id);
    }

    static Department requireDepartment(String dept) {
        return Department.<Department>findByIdOptional(dept).orElseThrow(() -> ProblemException.notFound(
                "No department " + dept + "; create it with PUT /api/v1/departments/" + dept));
    }

    /** An existence check, not a count: imports ask this once per row of a growing table. */
    private boolean isFirstOfEvaluation(String dept, int year) {
        return Indicator.find("departmentCode = ?1 and fiscalYear = ?2", dept, year).firstResultOptional().isEmpty();
    }

    private int nextOrdinal(String dept, int year) {
        Integer max = entityManager.createQuery(
                "select max(i.ordinal) from Indicator i where i.departmentCode = :dept and i.fiscalYear = :year",
                Integer.class).setParameter("dept", dept).setParameter("year", year).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static IndicatorView withVersion(IndicatorView v, long version) {
        return new IndicatorView(v.id(), v.departmentCode(), v.fiscalYear(), v.ordinal(), v.level1(), v.level1Name(),
                v.level2(), v.name(), v.comparator(), v.periodTarget(), v.annualTarget(), v.actual(), v.weight(),
                v.calculationNote(), v.qualitativeGrade(), v.qualitativeShare(), v.completion(), v.evidence(), v.progress(),
                version,
                OffsetDateTime.now(ZoneOffset.UTC));
    }
}
