package cn.perfeval.scoring.monitoring;

import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The department's assessment of the budget's or a project's pace; it replaces the previous one. */
@Schema(name = "PaceAssessmentRequest")
public record PaceAssessmentRequest(
        @Valid DeviationRequest deviation,
        @Size(max = TextLimits.TEXT_ITEMS) List<@Valid @NotNull MeasureRequest> measures) {
}
