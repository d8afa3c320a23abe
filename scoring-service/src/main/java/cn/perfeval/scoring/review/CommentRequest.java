package cn.perfeval.scoring.review;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reviewer's comment on one scorecard item. */
@Schema(name = "CommentRequest")
public record CommentRequest(
        @NotBlank @Size(max = TextLimits.CODE) @SingleLine @Schema(example = "financial-compliance") String itemCode,
        @NotBlank @Size(max = TextLimits.TEXT) @MultiLine @Schema(example = "请补充下属单位的内部控制评价报告。") String text) {
}
