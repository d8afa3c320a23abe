package cn.perfeval.scoring.review;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.scoring.engine.facts.QualitativeGrade;
import cn.perfeval.scoring.engine.facts.ReviewDecision;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The reviewer's decision on a qualitative indicator's self-assessed grade. An adjustment brings the grade and a
 * reason, and may bring the credit share inside the grade's band; without one, the self-assessed share moved to the
 * nearest end of the band counts.
 */
@Schema(name = "GradeReviewRequest")
public record GradeReviewRequest(
        @NotNull @Schema(example = "ADJUSTED") ReviewDecision decision,
        @Schema(example = "PARTLY_ACHIEVED", description = "ADJUSTED only: the grade that counts instead") QualitativeGrade grade,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4)
        @Schema(example = "0.7", description = "ADJUSTED only, optional: the credit share inside the grade's band") BigDecimal share,
        @Size(max = TextLimits.TEXT) @MultiLine
        @Schema(example = "满意度调查样本不足，评为部分达成。", description = "required for ADJUSTED") String reason) {
}
