package cn.perfeval.scoring.review;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.scoring.engine.facts.ReviewDecision;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reviewer's decision on a judgement item's self-assessed points; an adjustment brings its points and reason. */
@Schema(name = "JudgementReviewRequest")
public record JudgementReviewRequest(
        @NotNull @Schema(example = "ADJUSTED") ReviewDecision decision,
        @DecimalMin("0") @Digits(integer = 5, fraction = 2)
        @Schema(example = "1.5", description = "ADJUSTED only: the points that count instead, 0 up to the item's maximum")
        BigDecimal points,
        @Size(max = TextLimits.TEXT) @MultiLine
        @Schema(example = "内部控制评价报告未覆盖下属单位，扣 0.5 分。", description = "required for ADJUSTED")
        String reason) {
}
