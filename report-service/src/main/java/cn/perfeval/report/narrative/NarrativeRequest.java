package cn.perfeval.report.narrative;

import jakarta.validation.constraints.Size;
import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.TextLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new text of a narrative section. */
@Schema(name = "NarrativeRequest")
public record NarrativeRequest(
        @Size(max = TextLimits.NARRATIVE) @MultiLine @Schema(required = true,
                description = "Plain text; line breaks separate paragraphs",
                example = "1.稳步扩大灵活就业人员参加住房公积金制度试点工作。……") String text) {
}
