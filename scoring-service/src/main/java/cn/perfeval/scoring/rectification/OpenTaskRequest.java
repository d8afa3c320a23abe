package cn.perfeval.scoring.rectification;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new rectification task: the problem it answers, its goal, the measure, who is responsible and by when. */
@Schema(name = "OpenRectificationTaskRequest")
public record OpenTaskRequest(
        @NotNull @Valid TaskSource source,
        @NotBlank @Size(max = TextLimits.TEXT) @MultiLine
        @Schema(example = "部分政府采购合同未在中标通知书发出之日起30日内签订") String problem,
        @NotBlank @Size(max = TextLimits.TEXT) @MultiLine
        @Schema(example = "2024年6月底前全部采购合同按时签订") String goal,
        @NotBlank @Size(max = TextLimits.TEXT) @MultiLine
        @Schema(example = "建立合同签订时限台账，逐月核查") String measure,
        @NotBlank @Size(max = TextLimits.NAME) @SingleLine @Schema(example = "财务处") String owner,
        @NotNull @Schema(example = "2024-06-30", description = "not before the source: the round's as-of date, or "
                + "31 December of the year") LocalDate dueDate) {
}
