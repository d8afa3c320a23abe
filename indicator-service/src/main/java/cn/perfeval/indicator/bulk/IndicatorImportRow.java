package cn.perfeval.indicator.bulk;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One indicator in a JSON import, in the table's terms; {@code actual} is 完成指标值 when known. */
@Schema(name = "IndicatorImportRow")
public record IndicatorImportRow(
        @Schema(example = "产出指标") String level1,
        @Schema(example = "数量指标") String level2,
        @Schema(example = "当年广州住房公积金实缴人数") String name,
        @Schema(example = "530万人") String periodTarget,
        @Schema(example = "530万人") String annualTarget,
        @Schema(example = "534.89万人") String actual,
        BigDecimal weight,
        String calculationNote) {
}
