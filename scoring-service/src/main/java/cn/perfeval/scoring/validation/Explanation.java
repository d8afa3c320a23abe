package cn.perfeval.scoring.validation;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The department's explanation of a warning, with who gave it and when. */
@Schema(name = "ValidationExplanation")
public record Explanation(
        @Schema(example = "2023年新增公积金贷款需求高于年初预期，指标值按上年实际设定。") String text,
        @Schema(example = "editor-gzhpf") String by,
        OffsetDateTime at) {
}
