package cn.perfeval.scoring.cycle;

import cn.perfeval.scoring.cycle.state.EvaluationState;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evaluation's state, the transitions the caller may make now, and every transition so far. */
@Schema(name = "Cycle")
public record CycleView(
        @Schema(example = "GZHPF") String departmentCode,
        @Schema(example = "2023") int fiscalYear,
        @Schema(example = "SUBMITTED") EvaluationState state,
        @Schema(example = "已提交") String stateLabel,
        boolean factsWritable,
        @Schema(description = "the sequence of the latest transition, 0 before the first", example = "1") int sequence,
        @Schema(description = "what the caller's roles may do from this state", example = "[\"return\", \"approve\"]")
        List<String> allowedTransitions,
        List<TransitionEntry> history) {
}
