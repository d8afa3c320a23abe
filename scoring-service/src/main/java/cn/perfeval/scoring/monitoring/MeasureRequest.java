package cn.perfeval.scoring.monitoring;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.scoring.monitoring.domain.Measure;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A corrective measure; its due date may not be before the round's as-of date (a 422). */
@Schema(name = "MonitoringMeasure")
public record MeasureRequest(
        @NotBlank @Size(max = TextLimits.TEXT) @MultiLine @Schema(example = "加快项目支付进度", required = true) String measure,
        @NotBlank @Size(max = TextLimits.NAME) @SingleLine @Schema(example = "财务科 张三", required = true) String owner,
        @NotNull @Schema(example = "2023-09-30", required = true) LocalDate dueDate) {

    Measure toMeasure() {
        return new Measure(measure, owner, dueDate);
    }
}
