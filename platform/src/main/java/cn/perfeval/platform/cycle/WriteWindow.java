package cn.perfeval.platform.cycle;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * The write guard of an evaluation's facts: every write of one evaluation's facts calls
 * {@link #requireWritable(String, int)} first in its transaction, so a refused write changes nothing. Whether the
 * facts are writable is what the owner of the evaluation's state last announced (evaluation-state-events, kept by
 * {@link EvaluationStateConsumer}); an evaluation never announced is a draft, writable.
 */
@ApplicationScoped
public class WriteWindow {

    private final EvaluationWindows windows;

    public WriteWindow(EvaluationWindows windows) {
        this.windows = windows;
    }

    /** Throws a 409 evaluation-locked problem when the evaluation's facts are not writable now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireWritable(String dept, int year) {
        windows.find(dept, year).filter(window -> !window.factsWritable()).ifPresent(window -> {
            throw locked(dept, year, window.state(), window.stateLabel());
        });
    }

    /**
     * The 409 evaluation-locked problem for a write to the facts of an evaluation in {@code state}; also for the
     * owner of the state, which checks its own table (scoring-service).
     */
    public static ProblemException locked(String dept, int year, String state, String stateLabel) {
        String detail = "The " + year + " evaluation of " + dept + " is " + state + " (" + stateLabel
                + "), so its facts cannot be changed and nothing was stored. " + whatToDo(state);
        return new ProblemException(ProblemType.EVALUATION_LOCKED, detail, List.of(),
                Map.of("state", state, "stateLabel", stateLabel));
    }

    /** Submitted: the bureau can return it; approved or released: only a reopening makes it writable again. */
    private static String whatToDo(String state) {
        if ("SUBMITTED".equals(state)) {
            return "To change it, ask the finance bureau to return the evaluation.";
        }
        return "To change it, ask the finance bureau to reopen the evaluation.";
    }
}
