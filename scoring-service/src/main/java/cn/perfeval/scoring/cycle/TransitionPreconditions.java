package cn.perfeval.scoring.cycle;

import cn.perfeval.platform.problem.MessageTemplate;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.scoring.recompute.PendingRecomputes;
import cn.perfeval.scoring.scorecard.ScorecardVersion;
import cn.perfeval.scoring.validation.EvaluationValidation;
import cn.perfeval.scoring.validation.Finding;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * What submit and approve need besides an allowed state: a settled score (no recompute pending) whose latest
 * scorecard they pin, and for submit, no blocking finding and no unexplained warning.
 */
@ApplicationScoped
class TransitionPreconditions {

    private final PendingRecomputes pending;
    private final EvaluationValidation validation;

    TransitionPreconditions(PendingRecomputes pending, EvaluationValidation validation) {
        this.pending = pending;
        this.validation = validation;
    }

    /** @return the scorecard version the transition pins, or null for one that pins none */
    Integer check(String dept, int year, Transition transition) {
        if (transition != Transition.SUBMIT && transition != Transition.APPROVE) {
            return null;
        }
        int scorecard = settledScorecard(dept, year, transition);
        if (transition == Transition.SUBMIT) {
            requireNoBlockingFindings(dept, year);
        }
        return scorecard;
    }

    private static ProblemException stillScoring(Transition transition, MessageTemplate why) {
        return ProblemException.conflict(CycleMessages.STILL_SCORING.with(transition.code(), why.with()));
    }

    private int settledScorecard(String dept, int year, Transition transition) {
        if (pending.isPending(dept, year)) {
            throw stillScoring(transition, CycleMessages.FACTS_BEING_SCORED);
        }
        return ScorecardVersion.latest(dept, year).map(version -> version.version)
                .orElseThrow(() -> stillScoring(transition, CycleMessages.NOT_SCORED_YET));
    }

    private void requireNoBlockingFindings(String dept, int year) {
        List<Finding> remaining = validation.validate(dept, year).blockingSubmission();
        if (!remaining.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, CycleMessages.BLOCKING_FINDINGS.with(remaining.size()),
                    List.of(), Map.of("findings", remaining));
        }
    }
}
