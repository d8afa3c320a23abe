package cn.perfeval.scoring.rectification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of an evaluation's rectification tasks, oldest first, and how many match in all. */
@Schema(name = "RectificationTaskPage", requiredProperties = { "tasks", "page", "size", "total" })
public record TaskPage(
        List<TaskView> tasks,
        @Schema(example = "0") int page,
        @Schema(example = "50") int size,
        @Schema(example = "3") long total) {
}
