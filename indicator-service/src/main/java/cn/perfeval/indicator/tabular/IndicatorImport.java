package cn.perfeval.indicator.tabular;

import java.util.List;

/**
 * The result of reading an uploaded indicator table. A file-level error rejects the whole file (it is not a table,
 * or it breaks a limit) and then there are no rows; otherwise every non-blank data row has an outcome, in order.
 *
 * @param format         what the bytes were
 * @param rows           per-row outcomes; empty when rejected
 * @param fileErrors     why the file as a whole was rejected; empty otherwise
 * @param ignoredColumns headers that are not indicator columns and were skipped
 */
public record IndicatorImport(SourceFormat format, List<RowOutcome> rows, List<String> fileErrors,
                              List<String> ignoredColumns) {

    public IndicatorImport {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    static IndicatorImport rejected(SourceFormat format, String reason) {
        return new IndicatorImport(format, List.of(), List.of(reason), List.of());
    }

    public boolean isRejected() {
        return !fileErrors.isEmpty();
    }

    /** True when the file was read and every row is valid: the only state in which an import should be applied. */
    public boolean isClean() {
        return !isRejected() && rows.stream().allMatch(RowOutcome::isValid);
    }

    public List<IndicatorRow> validRows() {
        return rows.stream().filter(RowOutcome::isValid).map(RowOutcome::row).toList();
    }

    public List<RowOutcome> invalidRows() {
        return rows.stream().filter(outcome -> !outcome.isValid()).toList();
    }
}
