package cn.perfeval.indicator.tabular;

import java.util.List;

/**
 * What became of one table row: the indicator, or the errors that kept it out.
 *
 * @param sheet     the sheet's name for XLSX, null for CSV
 * @param rowNumber the row number a spreadsheet shows (1-based, title and header rows counted)
 * @param row       the indicator, null when there are errors
 * @param errors    empty when the row was read
 */
public record RowOutcome(String sheet, int rowNumber, IndicatorRow row, List<FieldError> errors) {

    public RowOutcome {
        errors = List.copyOf(errors);
        if ((row == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a row outcome has either an indicator or errors");
        }
    }

    public boolean isValid() {
        return row != null;
    }

    /** "row 5" or "sheet 表1, row 5", for messages. */
    public String location() {
        return location(sheet, rowNumber);
    }

    static String location(String sheet, int rowNumber) {
        return sheet == null ? "row " + rowNumber : "sheet " + sheet + ", row " + rowNumber;
    }
}
