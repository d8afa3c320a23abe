package cn.perfeval.scoring.cycle;

import cn.perfeval.scoring.cycle.state.EvaluationState;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One transition in an evaluation's history, as recorded. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "CycleTransition")
public record TransitionEntry(
        @Schema(example = "1") int sequence,
        @Schema(example = "submit") String transition,
        @Schema(example = "DRAFT") EvaluationState fromState,
        @Schema(example = "SUBMITTED") EvaluationState toState,
        Actor actor,
        @Schema(description = "required for return and reopen", example = "请补充预算执行率低于90%的原因") String reason,
        @Schema(description = "the scorecard version submit or approve pinned (release: the approved one)", example = "7")
        Integer scorecardVersion,
        OffsetDateTime at) {
}
