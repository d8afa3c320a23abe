package cn.perfeval.localstack.fuzz;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns one write operation and one {@link Mutation} into the request(s) that carry it: a valid-looking request
 * for the operation, changed in its body or in its headers.
 */
final class Mutator {

    private static final List<String> WRONG_CONTENT_TYPES = List.of("application/xml",
            "application/x-www-form-urlencoded", "image/png");
    private static final byte[] UNEXPECTED_BODY = "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8);

    private final FuzzTargets targets;

    Mutator(FuzzTargets targets) {
        this.targets = targets;
    }

    /** The mutations that can be aimed at this operation. */
    static List<Mutation> applicable(WriteOperation operation, Sample sample) {
        List<Mutation> fitting = new ArrayList<>();
        for (Mutation mutation : Mutation.values()) {
            if (fits(operation, sample, mutation)) {
                fitting.add(mutation);
            }
        }
        return fitting;
    }

    private static boolean fits(WriteOperation operation, Sample sample, Mutation mutation) {
        return switch (mutation) {
            case VALID_LOOKING, WRONG_ACCEPT -> true;
            case STALE_IF_MATCH -> operation.documentsHeader("If-Match");
            case REPLAYED_IDEMPOTENCY_KEY -> operation.takesBody() && operation.documentsHeader("Idempotency-Key");
            case BODY_ON_BODILESS -> !operation.takesBody();
            case EMPTY_BODY, MISSING_CONTENT_TYPE, WRONG_CONTENT_TYPE -> operation.takesBody();
            default -> operation.takesBody()
                    && (sample != null ? JsonMutations.fits(mutation, sample) : TextMutations.fits(mutation));
        };
    }

    /**
     * The requests for one mutation of one operation (two for a replayed Idempotency-Key).
     *
     * @param sample the operation's sampled JSON body, null for a text body or none
     * @param key    an Idempotency-Key unique to this request
     */
    List<FuzzRequest> requests(WriteOperation operation, Sample sample, Mutation mutation, Random random, String key) {
        String path = targets.expand(operation.path());
        Map<String, String> headers = baseHeaders(operation);
        byte[] valid = operation.takesBody() ? validBody(operation, sample) : null;
        String detail = switch (mutation) {
            case VALID_LOOKING -> "as sampled";
            case EMPTY_BODY -> "empty body, Content-Length: 0";
            case MISSING_CONTENT_TYPE -> headers.remove("Content-Type") == null ? null : "no Content-Type";
            case WRONG_CONTENT_TYPE -> header(headers, "Content-Type", JsonMutations.pick(WRONG_CONTENT_TYPES, random));
            case WRONG_ACCEPT -> header(headers, "Accept", "application/xml");
            case STALE_IF_MATCH -> header(headers, "If-Match", "\"fuzz-stale-0\"");
            case BODY_ON_BODILESS -> header(headers, "Content-Type", "application/json") + " body {\"unexpected\":true}";
            case REPLAYED_IDEMPOTENCY_KEY -> header(headers, "Idempotency-Key", key);
            default -> null;
        };
        if (mutation == Mutation.REPLAYED_IDEMPOTENCY_KEY) {
            FuzzRequest first = new FuzzRequest(operation, mutation, path, headers, valid, detail);
            return List.of(first.asSetUp(), new FuzzRequest(operation, mutation, path, headers,
                    otherBody(operation, sample), detail + ", then another body with the same key").asReplay());
        }
        if (detail != null) {
            byte[] body = mutation == Mutation.EMPTY_BODY ? new byte[0]
                    : mutation == Mutation.BODY_ON_BODILESS ? UNEXPECTED_BODY : valid;
            return List.of(new FuzzRequest(operation, mutation, path, headers, body, detail));
        }
        MutatedBody mutated = sample != null ? JsonMutations.apply(mutation, sample, random)
                : TextMutations.apply(mutation, operation.contentType());
        return List.of(new FuzzRequest(operation, mutation, path, headers, mutated.bytes(), mutated.detail()));
    }

    private static Map<String, String> baseHeaders(WriteOperation operation) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (operation.takesBody()) {
            headers.put("Content-Type", operation.contentType());
        }
        return headers;
    }

    private static String header(Map<String, String> headers, String name, String value) {
        headers.put(name, value);
        return name + ": " + value;
    }

    private static byte[] validBody(WriteOperation operation, Sample sample) {
        return sample != null ? new JsonBody(sample.body()).render() : TextMutations.sample(operation.contentType());
    }

    /** A body that differs from the valid one in one text value (or one extra line), for a replayed key. */
    private static byte[] otherBody(WriteOperation operation, Sample sample) {
        if (sample == null) {
            byte[] valid = TextMutations.sample(operation.contentType());
            return (new String(valid, StandardCharsets.UTF_8) + "FUZZ-2,replayed,2.00\n").getBytes(StandardCharsets.UTF_8);
        }
        JsonBody body = new JsonBody(sample.body());
        List<Sample.Slot> texts = sample.slotsOf(Sample.Kind.STRING);
        return texts.isEmpty() ? (body.text() + " ").getBytes(StandardCharsets.UTF_8)
                : body.set(texts.get(0).pointer(), TextNode.valueOf("fuzz-replayed")).render();
    }
}
