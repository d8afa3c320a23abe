package cn.perfeval.report.narrative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new text of a narrative section. */
@Schema(name = "NarrativeRequest")
public record NarrativeRequest(
        @Schema(required = true, maxLength = NarrativeService.MAX_LENGTH,
                description = "Plain text; line breaks separate paragraphs",
                example = "1.稳步扩大灵活就业人员参加住房公积金制度试点工作。……") String text) {
}
