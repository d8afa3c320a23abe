package cn.perfeval.platform.text;

import java.util.regex.Pattern;

/**
 * A cell a spreadsheet would run as a formula ({@code =HYPERLINK(…)}, {@code +1}, {@code -1}, {@code @SUM}, or one
 * starting with a tab or carriage return) is written with a leading apostrophe, which spreadsheets show as text
 * (OWASP "CSV injection"). Every spreadsheet or CSV export passes its text cells through here, since a sheet is
 * easily saved as CSV and opened again; a plain number such as {@code -12.5} or {@code -5%}
 * is no formula and stays a number.
 */
public final class SpreadsheetCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?%?");

    private SpreadsheetCells() {
    }

    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
