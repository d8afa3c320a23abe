package cn.perfeval.scoring.review;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The department's answer to a reviewer's comment. */
@Schema(name = "AnswerRequest")
public record AnswerRequest(
        @NotBlank @Size(max = TextLimits.TEXT) @MultiLine @Schema(example = "已补充下属单位 2023 年度内部控制评价报告。") String text) {
}
