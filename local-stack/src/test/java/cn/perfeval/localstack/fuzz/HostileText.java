package cn.perfeval.localstack.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/** The hostile text values, as a Java string where one can hold them and as raw bytes where none can. */
final class HostileText {

    /** Mutations that put a hostile text where the body has a text value. */
    static final Set<Mutation> KINDS = EnumSet.of(Mutation.HUGE_STRING, Mutation.CONTROL_CHARACTERS,
            Mutation.NONCHARACTER_U_FFFE, Mutation.LONE_SURROGATE, Mutation.FORMULA_INJECTION, Mutation.SCRIPT_TAG,
            Mutation.INVALID_UTF8);
    /** 400,000 characters of three UTF-8 bytes each: over any sensible field limit and over Kafka's 1 MB. */
    private static final String HUGE = "界".repeat(400_000);
    private static final byte[] INVALID_UTF8 = {'f', 'u', (byte) 0xC3, '(', (byte) 0xFF, (byte) 0xFE, 'z', 'z'};
    /** U+D800 encoded as if it were a character (CESU-8): no valid UTF-8 encoder produces it. */
    private static final byte[] SURROGATE_BYTES = {'f', 'u', (byte) 0xED, (byte) 0xA0, (byte) 0x80};

    private HostileText() {
    }

    /** The value as a Java string, or null when only {@link #jsonLiteral} or {@link #bytes} can carry it. */
    static String text(Mutation mutation) {
        return switch (mutation) {
            case HUGE_STRING -> HUGE;
            case CONTROL_CHARACTERS -> "fuzz\u0001\u0007\u001b[31mred\u0000";
            case NONCHARACTER_U_FFFE -> "fuzz\uFFFE";
            case FORMULA_INJECTION -> "=HYPERLINK(\"http://evil.example/\",\"click\")";
            case SCRIPT_TAG -> "<script>alert(1)</script>";
            default -> null;
        };
    }

    /** The bytes of a JSON string literal (quotes included) for the values a Java string cannot carry. */
    static byte[] jsonLiteral(Mutation mutation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('"');
        out.writeBytes(mutation == Mutation.LONE_SURROGATE ? "fuzz\\ud800x".getBytes(StandardCharsets.US_ASCII)
                : INVALID_UTF8);
        out.write('"');
        return out.toByteArray();
    }

    /** The value as bytes inside a text body (CSV, YAML); formulas are CSV-quoted so they stay one cell. */
    static byte[] bytes(Mutation mutation, String contentType) {
        return switch (mutation) {
            case LONE_SURROGATE -> SURROGATE_BYTES;
            case INVALID_UTF8 -> INVALID_UTF8;
            case FORMULA_INJECTION -> (contentType.equals("text/csv")
                    ? '"' + text(mutation).replace("\"", "\"\"") + '"' : text(mutation)).getBytes(StandardCharsets.UTF_8);
            default -> text(mutation).getBytes(StandardCharsets.UTF_8);
        };
    }
}
