package cn.perfeval.report.rendering;

import java.util.regex.Pattern;

/**
 * Text as CommonMark (and GFM) reads it literally. Backslash escapes are what CommonMark defines for ASCII
 * punctuation, so the reader sees exactly the characters that were written. Inline, every character that can open
 * markup is escaped: emphasis, code, links and images ({@code [}), autolinks and raw HTML ({@code <}), entities
 * ({@code &}), strikethrough and table cells ({@code |}). At the start of a paragraph, what would make it a heading,
 * quote, list or rule is escaped too; line breaks become spaces, since one text is one paragraph or cell.
 * Punctuation that is harmless where it stands is left alone, so "2.进一步…" and "100.00%" read as written.
 */
final class MarkdownText {

    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>&|~])");
    private static final Pattern BLOCK_START = Pattern.compile("^(#|>|\\+|-|=|(\\d{1,9})([.)])(?=\\s|$))");

    private MarkdownText() {
    }

    /** Text in a heading, a table cell or inside a paragraph. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        return INLINE.matcher(text.replaceAll("\\R", " ").strip()).replaceAll("\\\\$1");
    }

    /** A whole paragraph: inline text that also cannot start a block of another kind. */
    static String paragraph(String text) {
        return BLOCK_START.matcher(inline(text)).replaceFirst(match -> match.group(2) != null
                ? match.group(2) + "\\\\" + match.group(3) : "\\\\" + match.group(1));
    }
}
