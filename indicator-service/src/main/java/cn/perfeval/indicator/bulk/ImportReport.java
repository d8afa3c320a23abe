package cn.perfeval.indicator.bulk;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of an import: one line per table row, and what was committed. */
@Schema(name = "IndicatorImportReport")
public record ImportReport(String format, String mode, boolean committed, int created, int updated, int rejected,
        List<RowResult> rows) {

    /** status: CREATED, UPDATED or REJECTED. */
    @Schema(name = "IndicatorImportRowResult")
    public record RowResult(int row, String sheet, String name, String status, UUID id, List<RowError> errors) {
    }

    @Schema(name = "IndicatorImportRowError")
    public record RowError(String field, String message) {
    }
}
