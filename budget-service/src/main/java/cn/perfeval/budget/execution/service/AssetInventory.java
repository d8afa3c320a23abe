package cn.perfeval.budget.execution.service;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One annual fixed-asset inventory (资产盘点) completed, with its report. */
@Schema(name = "AssetInventory")
public record AssetInventory(@Schema(example = "INV-2023") String id,
                             @Schema(example = "2023-11-30") LocalDate completedOn,
                             @Schema(example = "2023年度资产盘点报告") String report) {
}
