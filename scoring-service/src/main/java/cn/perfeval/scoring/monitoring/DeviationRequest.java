package cn.perfeval.scoring.monitoring;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.scoring.monitoring.domain.Deviation;
import cn.perfeval.scoring.monitoring.domain.DeviationReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a figure deviates: one of the listed causes (any other code is a 400) and the department's words. */
@Schema(name = "MonitoringDeviation")
public record DeviationRequest(
        @NotNull @Schema(example = "FUNDING", required = true,
                description = "经费保障 FUNDING, 制度保障 POLICY, 人员保障 STAFFING, 硬件条件保障 FACILITIES, 其他 OTHER")
        DeviationReason reason,
        @NotBlank @Size(max = TextLimits.TEXT) @MultiLine @Schema(example = "项目资金下达较晚", required = true) String text) {

    Deviation toDeviation() {
        return Deviation.of(reason, text);
    }
}
