package cn.perfeval.budget.execution.service;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.platform.text.SingleLine;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One annual fixed-asset inventory (资产盘点) completed, with its report. */
@Schema(name = "AssetInventory")
public record AssetInventory(@Schema(example = "INV-2023") @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String id,
                             @Schema(example = "2023-11-30") LocalDate completedOn,
                             @Schema(example = "2023年度资产盘点报告") @Size(max = TextLimits.NAME) @SingleLine String report) {
}
