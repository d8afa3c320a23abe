package cn.perfeval.platform.text;

/**
 * A cell a spreadsheet would run as a formula ({@code =HYPERLINK(…)}, {@code +1}, {@code -1}, {@code @SUM}, or one
 * starting with a tab or carriage return) is written with a leading apostrophe, which spreadsheets show as text
 * (OWASP "CSV injection"). Every CSV export passes its cells through here; a plain number such as {@code -12.5}
 * is no formula and stays a number.
 */
public final class CsvCells {

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
