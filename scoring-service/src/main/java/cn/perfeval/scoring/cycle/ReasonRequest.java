package cn.perfeval.scoring.cycle;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Return or reopen: the reason is required, and the department reads it. */
@Schema(name = "CycleReasonRequest")
public record ReasonRequest(
        @NotBlank @Size(max = TextLimits.TEXT) @MultiLine
        @Schema(example = "“预算执行率”低于90%的说明不充分，请补充分月执行情况。") String reason) {
}
