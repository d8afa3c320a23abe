package cn.perfeval.indicator.tabular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each indicator column sits in a sheet, found by its header row. */
final class HeaderRow {

    private final Map<IndicatorColumn, Integer> positions;
    private final List<String> ignoredHeaders;

    private HeaderRow(Map<IndicatorColumn, Integer> positions, List<String> ignoredHeaders) {
        this.positions = positions;
        this.ignoredHeaders = ignoredHeaders;
    }

    /**
     * The header row if this row is one: it names every required column.
     *
     * @throws TableRejectedException when it names a column twice, which would make every row ambiguous
     */
    static Optional<HeaderRow> detect(RawRow row) {
        Map<IndicatorColumn, Integer> positions = new EnumMap<>(IndicatorColumn.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            if (TableText.isBlank(cell)) {
                continue;
            }
            Optional<IndicatorColumn> column = IndicatorColumn.fromHeader(cell);
            if (column.isEmpty()) {
                unknown.add(TableText.tidy(cell));
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                throw new TableRejectedException("the header row (" + RowOutcome.location(row.sheet(), row.rowNumber())
                        + ") names " + column.get().label() + " twice");
            }
        }
        return missingRequired(positions).isEmpty()
                ? Optional.of(new HeaderRow(positions, List.copyOf(unknown)))
                : Optional.empty();
    }

    /**
     * The required columns missing from a row that looks like a header (it names at least two indicator columns),
     * so the rejection can say which column to add; empty for any other row.
     */
    static List<IndicatorColumn> missingRequiredIn(RawRow row) {
        Map<IndicatorColumn, Integer> positions = new EnumMap<>(IndicatorColumn.class);
        for (int i = 0; i < row.cells().size(); i++) {
            IndicatorColumn.fromHeader(row.cell(i)).ifPresent(column -> positions.put(column, 0));
        }
        return positions.size() >= 2 ? missingRequired(positions) : List.of();
    }

    private static List<IndicatorColumn> missingRequired(Map<IndicatorColumn, Integer> positions) {
        return Arrays.stream(IndicatorColumn.values())
                .filter(column -> column.required() && !positions.containsKey(column))
                .toList();
    }

    /** The cell of a column in a data row; empty when the table lacks the column or the row is short. */
    String cell(RawRow row, IndicatorColumn column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position);
    }

    List<String> ignoredHeaders() {
        return ignoredHeaders;
    }
}
