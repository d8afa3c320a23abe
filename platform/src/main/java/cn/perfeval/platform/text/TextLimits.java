package cn.perfeval.platform.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How long a text and how many items a list in a request may be: one number per kind, used by every request DTO
 * ({@code @Size}, which the OpenAPI documents show as maxLength/maxItems), by hand-written document readers and by
 * CSV cells. The sizes fit the domain with room to spare, and keep the largest allowed write's event far below
 * Kafka's 1 MB (README, "Input limits"): a Chinese character is 3 bytes of UTF-8.
 */
public final class TextLimits {

    /** Codes and ids, ours and other systems' (project, contract, notice, ERP line ids, e.g. HT-2023-01). */
    public static final int CODE = 64;
    /**
     * What an id or code may hold. It starts with a letter or digit, so no id is a spreadsheet formula
     * ({@code =HYPERLINK(…)}) when exported; the syntax is the same in Java and ECMAScript (OpenAPI "pattern").
     */
    public static final String CODE_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._/#:()（）-]*";
    public static final String CODE_RULE = "must start with a letter or digit and hold only letters, digits, spaces"
            + " and . _ / # : ( ) -";
    /** Names, titles, document numbers, units, sources: one line. */
    public static final int NAME = 200;
    /** Descriptions, explanations, notes, summaries, goals: a paragraph, may hold newlines. */
    public static final int TEXT = 2_000;
    /** One narrative section of the report. */
    public static final int NARRATIVE = 20_000;
    /** Items in a list of records whose texts are codes and names (budget lines, contracts, indicators). */
    public static final int ITEMS = 500;
    /** Items in a list whose items carry a {@link #TEXT} (complaints, goals, notes). */
    public static final int TEXT_ITEMS = 20;

    private static final Pattern CODE_SYNTAX = Pattern.compile(CODE_PATTERN);

    private TextLimits() {
    }

    /** For readers that check by hand (CSV cells, documents kept as text): the rule {@code value} breaks, if any. */
    public static Optional<String> codeProblem(String value) {
        if (value.length() > CODE) {
            return Optional.of("must be at most " + CODE + " characters");
        }
        return CODE_SYNTAX.matcher(value).matches() ? Optional.empty() : Optional.of(CODE_RULE);
    }

    /** The rule a one-line text breaks, if any: too long or holding a control character. */
    public static Optional<String> lineProblem(String value, int max) {
        if (value.length() > max) {
            return Optional.of("must be at most " + max + " characters");
        }
        return ControlCharacters.isSingleLine(value) ? Optional.empty()
                : Optional.of(ControlCharacters.SINGLE_LINE_RULE);
    }
}
