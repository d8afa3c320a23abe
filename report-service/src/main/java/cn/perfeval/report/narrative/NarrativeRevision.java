package cn.perfeval.report.narrative;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of a narrative section. */
@Schema(name = "NarrativeRevision")
public record NarrativeRevision(
        @Schema(example = "achievements") String key,
        @Schema(description = "1 for the first write; 0 when the section was never written") int revision,
        @Schema(description = "The text (paragraphs separated by line breaks); null when withdrawn or never written")
        String text,
        String writtenBy,
        OffsetDateTime writtenAt) {
}
