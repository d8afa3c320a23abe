package cn.perfeval.platform.text;

/**
 * How long a text and how many items a list in a request may be: one number per kind, used by every request DTO
 * ({@code @Size}, which the OpenAPI documents show as maxLength/maxItems), by hand-written document readers and by
 * CSV cells. The sizes fit the domain with room to spare, and keep the largest allowed write's event far below
 * Kafka's 1 MB (README, "Input limits"): a Chinese character is 3 bytes of UTF-8.
 */
public final class TextLimits {

    /** Codes and ids: department, indicator, project, contract, line ids (e.g. HT-2023-01). */
    public static final int CODE = 32;
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

    private TextLimits() {
    }
}
