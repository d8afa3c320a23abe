package cn.perfeval.scoring.monitoring;

import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.scoring.monitoring.domain.Judgement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The department's assessment of one indicator in a round; it replaces the previous one. */
@Schema(name = "IndicatorAssessmentRequest")
public record IndicatorAssessmentRequest(
        @NotNull @Schema(example = "MAY_MEET", required = true,
                description = "能完成 WILL_MEET, 可能完成 MAY_MEET, 不能完成 CANNOT_MEET") Judgement judgement,
        @Size(max = TextLimits.NAME) @SingleLine @Pattern(regexp = ".*\\S.*", message = "must not be blank when given")
        @Schema(example = "4.60万笔", description = "the year-end value expected, in the indicator's unit; "
                + "quantitative indicators only") String forecast,
        @Valid DeviationRequest deviation,
        @Size(max = TextLimits.TEXT_ITEMS) List<@Valid @NotNull MeasureRequest> measures) {
}
