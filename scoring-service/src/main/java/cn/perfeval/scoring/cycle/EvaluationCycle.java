package cn.perfeval.scoring.cycle;

import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.outbox.EventPublisher;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.scoring.cycle.state.CurrentState;
import cn.perfeval.scoring.cycle.state.EvaluationState;
import cn.perfeval.scoring.cycle.state.EvaluationStates;
import cn.perfeval.scoring.projection.ProjectionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The state machine of each evaluation (docs/yearly-cycle.md). Every transition locks the evaluation's state row,
 * checks that it is allowed from the state found there, appends it to the history and publishes the new state on
 * {@value #TOPIC} through the outbox, all in one transaction.
 */
@ApplicationScoped
public class EvaluationCycle {

    public static final String TOPIC = "evaluation-state-events";
    public static final String EVENT_TYPE = "cn.perfeval.scoring.evaluation.state-changed";
    static final URI SCHEMA = URI.create("/schemas/evaluation-state-v1.json");
    /** The subject release is recorded under: report-service answers the approval. */
    public static final String REPORT_SERVICE = "report-service";
    static final String AUDITED_ENTITY = "evaluation-state";

    private static final Logger LOG = Logger.getLogger(EvaluationCycle.class);

    private final CycleStore store;
    private final EvaluationStates states;
    private final ProjectionStore projection;
    private final TransitionPreconditions preconditions;
    private final EventPublisher events;
    private final AuditTrail audit;

    public EvaluationCycle(CycleStore store, EvaluationStates states, ProjectionStore projection,
            TransitionPreconditions preconditions, EventPublisher events, AuditTrail audit) {
        this.store = store;
        this.states = states;
        this.projection = projection;
        this.preconditions = preconditions;
        this.events = events;
        this.audit = audit;
    }

    /** The state, what {@code roles} may do now, and the history. */
    @Transactional
    public CycleView view(String dept, int year, Set<String> roles) {
        requireEvaluation(dept, year);
        return view(dept, year, states.current(dept, year), roles);
    }

    /** Makes a person's transition; refused with a problem when not allowed now. */
    @Transactional
    public CycleView transition(String dept, int year, Transition transition, Actor actor, String reason,
            Set<String> roles) {
        requireEvaluation(dept, year);
        if (!roles.contains(transition.role())) {
            throw ProblemException.forbidden(CycleMessages.ROLE_REQUIRED.with(transition.role(), transition.code()));
        }
        if (transition.reasonRequired() && (reason == null || reason.isBlank())) {
            throw ProblemException.validation("reason", CycleMessages.REASON_REQUIRED.with(transition.code()));
        }
        CurrentState current = store.lock(dept, year);
        if (!transition.allowedFrom(current.state())) {
            throw notAllowed(transition, current.state());
        }
        Integer scorecard = preconditions.check(dept, year, transition);
        CurrentState next = record(dept, year, current, transition, actor, reason, scorecard);
        return view(dept, year, next, roles);
    }

    /**
     * Records {@code release} when report-service has released the public version answering the approval with
     * sequence {@code approvalSequence}, and the evaluation is still in that approval; a stale or repeated answer
     * changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String dept, int year, int approvalSequence) {
        // read first, so that an answer about an evaluation never approved leaves no state row behind
        CurrentState current = states.current(dept, year).state() == EvaluationState.APPROVED
                ? store.lock(dept, year) : states.current(dept, year);
        if (current.state() != EvaluationState.APPROVED || current.sequence() != approvalSequence) {
            LOG.debugf("Release of %s/%d for approval %d ignored: the evaluation is %s at %d", dept, year,
                    approvalSequence, current.state(), current.sequence());
            return;
        }
        Integer approved = store.history(dept, year).stream().filter(entry -> entry.sequence() == approvalSequence)
                .findFirst().map(TransitionEntry::scorecardVersion).orElse(null);
        record(dept, year, current, Transition.RELEASE, new Actor(REPORT_SERVICE, Transition.SYSTEM_ROLE), null, approved);
    }

    private CurrentState record(String dept, int year, CurrentState current, Transition transition, Actor actor,
            String reason, Integer scorecardVersion) {
        TransitionEntry entry = new TransitionEntry(current.sequence() + 1, transition.code(), current.state(),
                transition.target(), actor, reason, scorecardVersion, OffsetDateTime.now(ZoneOffset.UTC));
        store.append(dept, year, entry);
        audited(dept, year, current, entry);
        events.publish(new OutgoingEvent(TOPIC, EVENT_TYPE, SCHEMA, dept, year,
                dept + "/" + year + "/cycle/" + entry.sequence(), StateChanged.of(dept, year, entry)));
        return new CurrentState(entry.toState(), entry.sequence());
    }

    /** The transition in the audit trail: the state before, the transition after; a release is report-service's. */
    private void audited(String dept, int year, CurrentState current, TransitionEntry entry) {
        AuditedChange change = AuditedChange.of(dept, year, AUDITED_ENTITY, dept + ":" + year,
                Map.of("state", current.state().name(), "sequence", current.sequence()), entry);
        if (Transition.RELEASE.code().equals(entry.transition())) {
            audit.recordSystem("release", change);
        } else {
            audit.record(change);
        }
    }

    private CycleView view(String dept, int year, CurrentState current, Set<String> roles) {
        List<String> allowed = Transition.from(current.state()).stream()
                .filter(transition -> roles.contains(transition.role())).map(Transition::code).toList();
        return new CycleView(dept, year, current.state(), current.state().label(), current.state().factsWritable(),
                current.sequence(), allowed, store.history(dept, year));
    }

    private void requireEvaluation(String dept, int year) {
        if (!projection.evaluationExists(dept, year)) {
            throw ProblemException.notFound(CycleMessages.NO_EVALUATION.with(dept, year));
        }
    }

    private static ProblemException notAllowed(Transition transition, EvaluationState state) {
        List<String> allowed = Transition.from(state).stream().map(Transition::code).toList();
        Object allowedText = allowed.isEmpty() ? CycleMessages.NONE.with() : String.join(", ", allowed);
        return new ProblemException(ProblemType.CONFLICT,
                CycleMessages.NOT_ALLOWED.with(state, state.label(), transition.code(), allowedText), List.of(),
                Map.of("allowedTransitions", allowed));
    }
}
