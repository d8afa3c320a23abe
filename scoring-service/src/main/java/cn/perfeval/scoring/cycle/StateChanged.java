package cn.perfeval.scoring.cycle;

import cn.perfeval.scoring.cycle.state.EvaluationState;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** The data of a state-changed event (schemas/evaluation-state-v1.json): the evaluation's state after a transition. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StateChanged(String departmentCode, int fiscalYear, int sequence, String transition,
        EvaluationState state, String stateLabel, boolean factsWritable, Integer scorecardVersion, Actor actor,
        String reason, OffsetDateTime at) {

    static StateChanged of(String departmentCode, int fiscalYear, TransitionEntry entry) {
        return new StateChanged(departmentCode, fiscalYear, entry.sequence(), entry.transition(), entry.toState(),
                entry.toState().label(), entry.toState().factsWritable(), entry.scorecardVersion(), entry.actor(),
                entry.reason(), entry.at());
    }
}
