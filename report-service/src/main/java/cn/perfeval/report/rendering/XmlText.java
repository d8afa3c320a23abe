package cn.perfeval.report.rendering;

/**
 * The characters XML 1.0 allows. The PDF is laid out from XHTML by an XML parser and a DOCX is XML inside, so a
 * character outside XML's set (U+FFFE, a lone surrogate, a C0 control other than tab and line breaks) would stop
 * either from being produced at all. Narrative text is checked when it is written; text that reaches a report from
 * another service (an indicator's name, say) is made safe here, at the two renderers that need it.
 */
public final class XmlText {

    private static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /** Whether every character of the text may appear in an XML 1.0 document. */
    public static boolean isLegal(String text) {
        return text.codePoints().allMatch(XmlText::isLegal);
    }

    /** The text with every character XML 1.0 does not allow replaced by U+FFFD. */
    static String legal(String text) {
        if (text == null || isLegal(text)) {
            return text;
        }
        StringBuilder legal = new StringBuilder(text.length());
        text.codePoints().forEach(c -> legal.appendCodePoint(isLegal(c) ? c : REPLACEMENT));
        return legal.toString();
    }

    /** XML 1.0, production [2] Char; a lone surrogate arrives from codePoints() as itself and is not allowed. */
    private static boolean isLegal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
