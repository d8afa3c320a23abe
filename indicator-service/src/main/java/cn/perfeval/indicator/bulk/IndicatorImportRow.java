package cn.perfeval.indicator.bulk;

import jakarta.validation.constraints.Size;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.MultiLine;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One indicator in a JSON import, in the table's terms; {@code actual} is 完成指标值 when known. */
@Schema(name = "IndicatorImportRow")
public record IndicatorImportRow(
        @Schema(example = "产出指标") @Size(max = TextLimits.NAME) @SingleLine String level1,
        @Schema(example = "数量指标") @Size(max = TextLimits.NAME) @SingleLine String level2,
        @Schema(example = "当年广州住房公积金实缴人数") @Size(max = TextLimits.NAME) @SingleLine String name,
        @Schema(example = "530万人") @Size(max = TextLimits.NAME) @SingleLine String periodTarget,
        @Schema(example = "530万人") @Size(max = TextLimits.NAME) @SingleLine String annualTarget,
        @Schema(example = "534.89万人") @Size(max = TextLimits.NAME) @SingleLine String actual,
        BigDecimal weight,
        @Size(max = TextLimits.TEXT) @MultiLine String calculationNote) {
}
