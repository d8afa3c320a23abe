package cn.perfeval.indicator.goals;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The evaluation's overall performance goal (部门整体绩效目标) and its annual key tasks, each with its goal. */
@Schema(name = "GoalsRequest")
public record GoalsRequest(
        @Size(max = TextLimits.TEXT) @MultiLine @Schema(description = "部门整体绩效目标") String overallGoal,
        @NotNull @Size(max = TextLimits.TEXT_ITEMS) List<@Valid @NotNull KeyTask> keyTasks) {

    @Schema(name = "KeyTask")
    public record KeyTask(
            @NotBlank @Size(max = TextLimits.TEXT) @MultiLine @Schema(description = "年度重点工作任务", example = "坚守“租购并举”，推动业务工作高质量发展") String task,
            @NotBlank @Size(max = TextLimits.TEXT) @MultiLine @Schema(description = "绩效目标") String goal) {
    }
}
