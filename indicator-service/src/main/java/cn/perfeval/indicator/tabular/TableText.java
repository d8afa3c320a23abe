package cn.perfeval.indicator.tabular;

import java.util.regex.Pattern;

/** How cell text is tidied: tables copied from PDFs carry line breaks in the middle of words. */
final class TableText {

    private static final Pattern ANY_WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

    private TableText() {
    }

    static boolean isBlank(String cell) {
        return cell == null || compact(cell).isEmpty();
    }

    /** All whitespace removed: for level names and keys, where Chinese has no spaces. */
    static String compact(String cell) {
        return cell == null ? "" : ANY_WHITESPACE.matcher(cell).replaceAll("");
    }

    /** Line breaks removed (a wrap is not a space in Chinese), other runs of spaces kept as one: for names. */
    static String tidy(String cell) {
        String joined = LINE_BREAKS.matcher(cell).replaceAll("");
        return ANY_WHITESPACE.matcher(joined).replaceAll(" ").trim();
    }
}
