package cn.perfeval.scoring.rectification;

import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.scoring.rectification.task.SourceKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a task answers: a report problem (the code of a scorecard item with a deduction) or a red light of a
 * monitoring round ({@code <asOf>/budget}, {@code <asOf>/indicator/<id>} or {@code <asOf>/project/<code>}).
 */
@Schema(name = "RectificationSource")
public record TaskSource(
        @NotNull SourceKind kind,
        @NotBlank @Size(max = TextLimits.NAME) @SingleLine
        @Schema(example = "contract-signing-timeliness", description = "REPORT_PROBLEM: the item code; RED_LIGHT: "
                + "2023-07-31/budget, 2023-07-31/indicator/<id> or 2023-07-31/project/<code>") String reference) {
}
