package cn.perfeval.budget.execution.erp;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rejected line: its row (1-based, the first expenditure is row 1), its line id if it had one, and why. */
@Schema(name = "RejectedLine")
public record LineResult(@Schema(example = "17") long row, @Schema(example = "EXP-0017") String lineId,
                         @Schema(example = "amount") String field,
                         @Schema(example = "'12,5' is not a number (万元, e.g. 686.20)") String message) {
}
