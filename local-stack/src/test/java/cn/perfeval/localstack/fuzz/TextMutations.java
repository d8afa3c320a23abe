package cn.perfeval.localstack.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Mutations of a body that is text rather than schema-described JSON (a CSV ledger, a YAML scheme): a small
 * document of the right format with one value replaced by a hostile one, or a document that is malformed.
 */
final class TextMutations {

    private static final String VALUE = "@@value@@";
    private static final Map<String, String> SAMPLES = Map.of(
            "text/csv", "code,name,amount\nFUZZ-1," + VALUE + ",1.00\n",
            "application/yaml", "id: fuzz\nname: " + VALUE + "\n");
    private static final Map<String, String> MALFORMED = Map.of(
            "text/csv", "code,name\n\"unterminated,1\n",
            "application/yaml", "id: [unclosed\n  : :\n");

    private TextMutations() {
    }

    static boolean fits(Mutation mutation) {
        return mutation == Mutation.MALFORMED_JSON || HostileText.KINDS.contains(mutation);
    }

    /** The valid-looking document of the operation's format. */
    static byte[] sample(String contentType) {
        return withValue(contentType, "fuzz".getBytes(StandardCharsets.UTF_8));
    }

    static MutatedBody apply(Mutation mutation, String contentType) {
        if (mutation == Mutation.MALFORMED_JSON) {
            String text = MALFORMED.getOrDefault(contentType, "{");
            return new MutatedBody(text.getBytes(StandardCharsets.UTF_8), "body " + JsonMutations.quoted(text));
        }
        return new MutatedBody(withValue(contentType, HostileText.bytes(mutation, contentType)), "a value "
                + mutation.name().toLowerCase());
    }

    private static byte[] withValue(String contentType, byte[] value) {
        String template = SAMPLES.getOrDefault(contentType, VALUE);
        int at = template.indexOf(VALUE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(template.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(value);
        out.writeBytes(template.substring(at + VALUE.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
