package cn.perfeval.scoring.monitoring;

import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.scoring.monitoring.domain.Assessment;
import cn.perfeval.scoring.monitoring.domain.Measure;
import cn.perfeval.scoring.monitoring.domain.MonitoredIndicator;
import cn.perfeval.scoring.monitoring.domain.Subjects;
import cn.perfeval.scoring.monitoring.domain.WrittenValue;
import cn.perfeval.scoring.projection.ProjectionStore;
import cn.perfeval.scoring.scheme.SchemeCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Opening, assessing and closing rounds. Each write locks its round, is audited, and recomputes the round in the
 * same transaction, so its answer is the round as it now stands.
 */
@ApplicationScoped
public class MonitoringRounds {

    private final RoundStore store;
    private final RoundComputer computer;
    private final ProjectionStore projection;
    private final SchemeCatalog schemes;
    private final AuditTrail audit;

    MonitoringRounds(RoundStore store, RoundComputer computer, ProjectionStore projection, SchemeCatalog schemes,
            AuditTrail audit) {
        this.store = store;
        this.computer = computer;
        this.projection = projection;
        this.schemes = schemes;
        this.audit = audit;
    }

    /** Opens a round under the scheme evaluations are scored under now. */
    @Transactional
    public RoundDocument open(String dept, int year, LocalDate asOf, String actor) {
        if (asOf.getYear() != year) {
            throw unprocessable("asOf", "must be a date of " + year);
        }
        if (!projection.evaluationExists(dept, year)) {
            throw ProblemException.notFound("No evaluation " + dept + "/" + year);
        }
        RoundKey key = new RoundKey(dept, year, asOf);
        if (!store.insert(key, schemes.defaultSchemeId(), actor, now())) {
            throw ProblemException.conflict("The round of " + asOf + " exists");
        }
        RoundDocument document = computer.recompute(store.lock(key).orElseThrow());
        audit.record(AuditedChange.of(dept, year, "monitoring-round", asOf.toString(), null,
                RoundSummary.of(document)));
        return document;
    }

    @Transactional
    public RoundDocument assessIndicator(RoundKey key, String indicatorId, IndicatorAssessmentRequest request,
            String actor) {
        RoundStore.RoundRow round = openRound(key);
        MonitoredIndicator indicator = MonitoringFacts.of(projection.load(key.departmentCode(), key.fiscalYear()))
                .indicator(indicatorId).orElseThrow(() -> ProblemException.notFound("No indicator " + indicatorId
                        + " in " + key.departmentCode() + "/" + key.fiscalYear()));
        checkForecast(indicator, request.forecast());
        checkMeasures(key, request.measures());
        return assess(round, Subjects.indicator(indicatorId), new Assessment(request.judgement(), request.forecast(),
                request.deviation() == null ? null : request.deviation().toDeviation(), measures(request.measures())),
                actor);
    }

    @Transactional
    public RoundDocument assessBudget(RoundKey key, PaceAssessmentRequest request, String actor) {
        RoundStore.RoundRow round = openRound(key);
        checkMeasures(key, request.measures());
        return assess(round, Subjects.BUDGET, paceAssessment(request), actor);
    }

    @Transactional
    public RoundDocument assessProject(RoundKey key, String code, PaceAssessmentRequest request, String actor) {
        RoundStore.RoundRow round = openRound(key);
        if (!MonitoringFacts.of(projection.load(key.departmentCode(), key.fiscalYear())).hasProject(code)) {
            throw ProblemException.notFound("No budget project " + code + " in " + key.departmentCode() + "/"
                    + key.fiscalYear());
        }
        checkMeasures(key, request.measures());
        return assess(round, Subjects.project(code), paceAssessment(request), actor);
    }

    /** Freezes the round: its last content is kept as a new version in state CLOSED. */
    @Transactional
    public RoundDocument close(RoundKey key, String actor) {
        RoundStore.RoundRow round = openRound(key);
        RoundDocument before = store.latest(key).orElseThrow().document();
        store.close(key, actor, now());
        RoundDocument closed = computer.store(round, RoundState.CLOSED, before.content());
        audit.record(AuditedChange.of(key.departmentCode(), key.fiscalYear(), "monitoring-round", key.asOf().toString(),
                RoundSummary.of(before), RoundSummary.of(closed)));
        return closed;
    }

    private RoundDocument assess(RoundStore.RoundRow round, String subject, Assessment assessment, String actor) {
        RoundKey key = round.key();
        Assessment before = store.assessments(key).get(subject);
        store.saveAssessment(key, subject, assessment, actor, now());
        audit.record(AuditedChange.of(key.departmentCode(), key.fiscalYear(), "monitoring-assessment",
                key.asOf() + "/" + subject, before, assessment));
        return computer.recompute(round);
    }

    /** The round, locked; 404 when there is none, 409 when it is closed. */
    private RoundStore.RoundRow openRound(RoundKey key) {
        RoundStore.RoundRow round = store.lock(key).orElseThrow(() -> ProblemException.notFound("No monitoring round of "
                + key.asOf() + " in " + key.departmentCode() + "/" + key.fiscalYear()));
        if (round.state() == RoundState.CLOSED) {
            throw ProblemException.conflict("The round of " + key.asOf() + " is closed: it takes no more assessments");
        }
        return round;
    }

    private static void checkForecast(MonitoredIndicator indicator, String forecast) {
        if (forecast == null) {
            return;
        }
        if (indicator.qualitative()) {
            throw unprocessable("forecast", "a qualitative indicator has no forecast value; its judgement says it all");
        }
        WrittenValue.read(forecast, indicator.unit()).problemIfAny().ifPresent(problem -> {
            throw unprocessable("forecast", problem);
        });
    }

    private static void checkMeasures(RoundKey key, List<MeasureRequest> measures) {
        if (measures == null) {
            return;
        }
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).dueDate().isBefore(key.asOf())) {
                throw unprocessable("measures[" + i + "].dueDate", "may not be before the round's date " + key.asOf());
            }
        }
    }

    private static Assessment paceAssessment(PaceAssessmentRequest request) {
        return new Assessment(null, null, request.deviation() == null ? null : request.deviation().toDeviation(),
                measures(request.measures()));
    }

    private static List<Measure> measures(List<MeasureRequest> measures) {
        return measures == null ? List.of() : measures.stream().map(MeasureRequest::toMeasure).toList();
    }

    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
