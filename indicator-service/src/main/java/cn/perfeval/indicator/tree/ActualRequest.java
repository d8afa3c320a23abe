package cn.perfeval.indicator.tree;

import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The year-end actual (完成指标值) with its evidence. */
@Schema(name = "ActualRequest")
public record ActualRequest(
        @NotBlank @Size(max = TextLimits.NAME) @SingleLine @Schema(description = "完成指标值, as written", example = "534.89万人") String value,
        @Size(max = TextLimits.NAME) @SingleLine @Schema(description = "Evidence document reference", example = "2023年住房公积金年度报告") String evidenceDocument,
        @Size(max = TextLimits.TEXT) @SingleLine @Schema(description = "Evidence URL") String evidenceUrl,
        @Schema(description = "For a qualitative indicator: 达成, 部分达成 or 未达成 (or ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED)")
        @Size(max = TextLimits.NAME) @SingleLine String qualitativeGrade,
        @DecimalMin("0") @DecimalMax("1") @Schema(description = "For a qualitative indicator: the credit share, a fraction from 0 to 1 (0.7 is 70%),"
                + " inside the grade's band: 达成 0.8–1, 部分达成 0.6–0.8, 未达成 0–0.6", example = "0.7")
        BigDecimal qualitativeShare) {
}
