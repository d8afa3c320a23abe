package cn.perfeval.budget.execution.erp;

import java.util.Map;

/**
 * One line of an ERP push as text, before any parsing: its 1-based row (the first expenditure is row 1, in CSV and
 * JSON alike), its cells by column name, or why the line could not even be split into cells.
 */
record RawLine(long row, Map<String, String> cells, String malformed) {

    static RawLine of(long row, Map<String, String> cells) {
        return new RawLine(row, cells, null);
    }

    static RawLine malformed(long row, String why) {
        return new RawLine(row, Map.of(), why);
    }

    String cell(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
