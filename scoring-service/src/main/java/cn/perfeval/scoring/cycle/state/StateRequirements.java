package cn.perfeval.scoring.cycle.state;

import cn.perfeval.platform.cycle.WriteWindow;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What scoring-service's own writes require of the evaluation's state (docs/yearly-cycle.md): the department's
 * self-assessments only while its facts are writable, the reviewer's decisions and comments only while it is
 * submitted, the department's answers only while it is back with the department. A write refused here is a 409
 * evaluation-locked problem naming the state and what to do; for facts, exactly the other services' write guard's.
 */
@ApplicationScoped
public class StateRequirements {

    private final EvaluationStates states;

    public StateRequirements(EvaluationStates states) {
        this.states = states;
    }

    /** A write to the evaluation's facts (a self-assessed judgement). */
    public void requireFactsWritable(String dept, int year) {
        EvaluationState state = states.current(dept, year).state();
        if (!state.factsWritable()) {
            throw WriteWindow.locked(dept, year, state.name(), state.label());
        }
    }

    /** A review decision or comment: the evaluation must be submitted. */
    public void requireSubmitted(String dept, int year) {
        require(dept, year, Set.of(EvaluationState.SUBMITTED), "The review is written while the evaluation is "
                + "SUBMITTED (已提交), between the department's submission and the bureau's return or approval.");
    }

    /** An answer to a reviewer's comment: the evaluation must be with the department. */
    public void requireWithDepartment(String dept, int year) {
        require(dept, year, Set.of(EvaluationState.DRAFT, EvaluationState.RETURNED), "The department answers the "
                + "reviewer's comments while the evaluation is with it: DRAFT (填报中) or RETURNED (退回).");
    }

    private void require(String dept, int year, Set<EvaluationState> allowed, String why) {
        EvaluationState state = states.current(dept, year).state();
        if (!allowed.contains(state)) {
            throw locked(dept, year, state, why);
        }
    }

    private static ProblemException locked(String dept, int year, EvaluationState state, String whatToDo) {
        String detail = "The " + year + " evaluation of " + dept + " is " + state + " (" + state.label()
                + "), so nothing was stored. " + whatToDo;
        return new ProblemException(ProblemType.EVALUATION_LOCKED, detail, List.of(),
                Map.of("state", state.name(), "stateLabel", state.label()));
    }
}
