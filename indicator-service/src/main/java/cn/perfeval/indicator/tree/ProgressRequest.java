package cn.perfeval.indicator.tree;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mid-year value: the date it stood at, the value as written, an optional note. */
@Schema(name = "ProgressRequest")
public record ProgressRequest(
        @NotNull @Schema(example = "2023-06-30") LocalDate asOf,
        @NotBlank @Size(max = TextLimits.NAME) @SingleLine @Schema(example = "268.4万人") String value,
        @Size(max = TextLimits.TEXT) @MultiLine String note) {
}
