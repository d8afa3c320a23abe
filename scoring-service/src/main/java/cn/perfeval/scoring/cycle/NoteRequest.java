package cn.perfeval.scoring.cycle;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Submit or approve, with an optional note kept as the transition's reason. */
@Schema(name = "CycleNoteRequest")
public record NoteRequest(
        @Size(max = TextLimits.TEXT) @MultiLine @Schema(example = "已按复核意见补充说明，请审核。") String note) {
}
