package cn.perfeval.indicator.tree;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One actual as written and as this service reads it: the number in the indicator's base unit. */
@Schema(name = "ActualReading")
public record ActualReading(
        @Schema(required = true, description = "As written", example = "4.00万笔") String text,
        @Schema(required = true, description = "In the base unit (4.00万笔 is 40000)", example = "40000") BigDecimal value,
        @Schema(required = true, description = "The base unit; empty for a bare number", example = "笔") String unit) {
}
