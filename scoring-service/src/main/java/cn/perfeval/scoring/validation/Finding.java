package cn.perfeval.scoring.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule broken by one record; a warning stops a submission until it has an explanation. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ValidationFinding")
public record Finding(
        @Schema(example = "completion-above-150") String ruleId,
        @Schema(example = "warning") Severity severity,
        @Schema(example = "绩效指标“公积金归集额”完成率为162.50%，超过150%，年度指标值可能设置偏低，请说明") String message,
        RecordRef record,
        @Schema(description = "null until the department explains the warning") Explanation explanation) {

    /** Whether this finding still stops a submission. */
    public boolean blocksSubmission() {
        return severity == Severity.BLOCKING || explanation == null;
    }
}
