package cn.perfeval.indicator.tree;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator as a department writes it: names and targets in the wording of its 绩效目标表. */
@Schema(name = "IndicatorRequest")
public record IndicatorRequest(
        @NotBlank @Size(max = TextLimits.NAME) @SingleLine @Schema(description = "一级指标: 产出指标, 效益指标, 满意度指标, 成本指标 (or OUTPUT, BENEFIT, SATISFACTION, COST)",
                example = "产出指标") String level1,
        @NotBlank @Size(max = TextLimits.NAME) @SingleLine @Schema(description = "二级指标", example = "数量指标") String level2,
        @NotBlank @Size(max = TextLimits.NAME) @SingleLine @Schema(description = "三级指标", example = "当年广州住房公积金实缴人数") String name,
        @Size(max = TextLimits.NAME) @SingleLine @Schema(description = "实施周期指标值, as written", example = "530万人") String periodTarget,
        @NotBlank @Size(max = TextLimits.NAME) @SingleLine @Schema(description = "年度指标值, as written", example = "530万人") String annualTarget,
        @DecimalMin("0") BigDecimal weight,
        @Size(max = TextLimits.TEXT) @MultiLine @Schema(description = "How the value is computed (the report's 备注)") String calculationNote,
        @PositiveOrZero @Schema(description = "Position in the tables; appended when absent") Integer ordinal) {
}
