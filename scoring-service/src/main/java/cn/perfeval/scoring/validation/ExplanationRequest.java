package cn.perfeval.scoring.validation;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The department's explanation of one warning finding: the rule, the record it points at, and why. */
@Schema(name = "ExplanationRequest")
public record ExplanationRequest(
        @NotBlank @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE)
        @Schema(example = "completion-above-150") String ruleId,
        @NotNull @Valid RecordKey record,
        @NotBlank @Size(max = TextLimits.TEXT) @MultiLine
        @Schema(example = "2023年新增公积金贷款需求高于年初预期，指标值按上年实际设定。") String text) {

    /** The record as the finding names it (its type and id; the name is not needed). */
    @Schema(name = "ExplainedRecord")
    public record RecordKey(
            @NotBlank @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE)
            @Schema(example = "indicator") String type,
            @NotBlank @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE)
            @Schema(example = "0b0f6f0e-6d1a-3c55-9d43-3f1d7f1c2a10") String id) {
    }
}
