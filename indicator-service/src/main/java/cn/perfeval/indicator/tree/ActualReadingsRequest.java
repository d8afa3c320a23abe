package cn.perfeval.indicator.tree;

import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Year-end actuals as a department would write them, to be read without being stored (a what-if's input). */
@Schema(name = "ActualReadingsRequest")
public record ActualReadingsRequest(
        @NotNull @Size(min = 1, max = TextLimits.ITEMS)
        @Schema(description = "Indicator id → 完成指标值 as written, read exactly as PUT …/{id}/actual reads it",
                example = "{\"3f2c8a6e-0d1b-4c7a-9e55-2b8f1a4c6d20\": \"4.00万笔\"}")
        Map<@NotBlank @Size(max = TextLimits.CODE) @SingleLine String,
                @NotBlank @Size(max = TextLimits.NAME) @SingleLine String> actuals) {
}
