package cn.perfeval.indicator.tabular;

/**
 * One problem with one cell.
 *
 * @param field   the column's header label, e.g. 年度指标值
 * @param message what is wrong, quoting the cell
 */
public record FieldError(String field, String message) {

    static FieldError of(IndicatorColumn column, String message) {
        return new FieldError(column.label(), message);
    }
}
