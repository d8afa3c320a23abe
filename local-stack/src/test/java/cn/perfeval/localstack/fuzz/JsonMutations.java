package cn.perfeval.localstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Mutations of a JSON body sampled from its schema, each aimed at one value of a fitting kind. */
final class JsonMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<Sample.Kind> NUMBERS = EnumSet.of(Sample.Kind.INTEGER, Sample.Kind.NUMBER);
    private static final Set<Sample.Kind> DATES = EnumSet.of(Sample.Kind.DATE);
    private static final Set<Sample.Kind> TEXTS = EnumSet.of(Sample.Kind.STRING);
    /** The kind of value each mutation aims at; the root is a slot of every body, so whole-body ones always fit. */
    private static final Map<Mutation, Set<Sample.Kind>> AIMS = Map.ofEntries(
            Map.entry(Mutation.WRONG_TYPE, EnumSet.allOf(Sample.Kind.class)),
            Map.entry(Mutation.FRACTION_FOR_INTEGER, EnumSet.of(Sample.Kind.INTEGER)),
            Map.entry(Mutation.HUGE_NUMBER, NUMBERS),
            Map.entry(Mutation.NEGATIVE_NUMBER, NUMBERS),
            Map.entry(Mutation.NUMBER_FOR_DATE, DATES),
            Map.entry(Mutation.EMPTY_STRING_DATE, DATES),
            Map.entry(Mutation.ZERO_DATE, DATES),
            Map.entry(Mutation.FAR_FUTURE_DATE, DATES),
            Map.entry(Mutation.NULL_IN_LIST, EnumSet.of(Sample.Kind.ARRAY)),
            Map.entry(Mutation.UNKNOWN_FIELD, EnumSet.of(Sample.Kind.OBJECT)));
    private static final List<String> MALFORMED = List.of("{", "{\"a\":}", "[1,", "{'single':'quotes'}", "nul",
            "{\"a\" 1}", "[}");
    private static final List<String> GARBAGE = List.of(" garbage", "}", " {}", "]]", "\u0000", ",");
    private static final List<String> HUGE_NUMBERS = List.of("1e999999999", "-1e999999999", "1e-999999999",
            "123456789012345678901234567890123456789");

    private JsonMutations() {
    }

    static boolean fits(Mutation mutation, Sample sample) {
        if (HostileText.KINDS.contains(mutation)) {
            return !sample.slotsOf(Sample.Kind.STRING).isEmpty();
        }
        return mutation == Mutation.MALFORMED_JSON || mutation == Mutation.TRAILING_GARBAGE
                || AIMS.containsKey(mutation) && !sample.slotsOf(AIMS.get(mutation).toArray(Sample.Kind[]::new)).isEmpty();
    }

    static MutatedBody apply(Mutation mutation, Sample sample, Random random) {
        JsonBody body = new JsonBody(sample.body());
        if (mutation == Mutation.MALFORMED_JSON) {
            return malformed(body.text(), random);
        }
        if (mutation == Mutation.TRAILING_GARBAGE) {
            String garbage = pick(GARBAGE, random);
            return new MutatedBody((body.text() + garbage).getBytes(StandardCharsets.UTF_8), "trailing " + quoted(garbage));
        }
        Sample.Slot slot = pick(sample.slotsOf((HostileText.KINDS.contains(mutation) ? TEXTS : AIMS.get(mutation))
                .toArray(Sample.Kind[]::new)), random);
        String note = mutate(body, slot, mutation, random);
        return new MutatedBody(body.render(), "at '" + slot.pointer() + "' " + note);
    }

    private static MutatedBody malformed(String valid, Random random) {
        String text = random.nextBoolean() ? valid.substring(0, 1 + random.nextInt(Math.max(1, valid.length() - 1)))
                : pick(MALFORMED, random);
        return new MutatedBody(text.getBytes(StandardCharsets.UTF_8), "body " + quoted(text));
    }

    /** Changes the value at the slot; returns what it put there. */
    private static String mutate(JsonBody body, Sample.Slot slot, Mutation mutation, Random random) {
        String pointer = slot.pointer();
        switch (mutation) {
            case HUGE_NUMBER -> {
                String number = pick(HUGE_NUMBERS, random);
                body.setRaw(pointer, number);
                return number;
            }
            case LONE_SURROGATE, INVALID_UTF8 -> {
                body.setRaw(pointer, HostileText.jsonLiteral(mutation));
                return mutation == Mutation.LONE_SURROGATE ? "\"fuzz\\ud800x\"" : "invalid UTF-8 bytes C3 28 FF FE";
            }
            case WRONG_TYPE -> body.set(pointer, wrongType(slot.kind(), random));
            case FRACTION_FOR_INTEGER -> body.set(pointer, NODES.numberNode(new BigDecimal("1.5")));
            case NEGATIVE_NUMBER -> body.set(pointer, slot.kind() == Sample.Kind.INTEGER ? NODES.numberNode(-1)
                    : NODES.numberNode(new BigDecimal("-0.01")));
            case NUMBER_FOR_DATE -> body.set(pointer, NODES.numberNode(20230101));
            case EMPTY_STRING_DATE -> body.set(pointer, NODES.textNode(""));
            case ZERO_DATE -> body.set(pointer, NODES.textNode(random.nextBoolean() ? "0000-00-00" : "2023-02-30"));
            case FAR_FUTURE_DATE -> body.set(pointer, NODES.textNode("9999-12-31"));
            case NULL_IN_LIST -> ((ArrayNode) body.at(pointer)).insertNull(random.nextInt(2));
            case UNKNOWN_FIELD -> ((ObjectNode) body.at(pointer)).put("fuzzUnknownField", "surprise");
            default -> body.set(pointer, NODES.textNode(HostileText.text(mutation)));
        }
        String shown = body.at(pointer).toString();
        return shown.length() > 60 ? shown.substring(0, 40) + "…(" + shown.length() + " chars)" : shown;
    }

    private static JsonNode wrongType(Sample.Kind kind, Random random) {
        return switch (kind) {
            case STRING, DATE -> random.nextBoolean() ? NODES.objectNode().put("x", 1) : NODES.arrayNode().add(1);
            case INTEGER, NUMBER -> random.nextBoolean() ? NODES.textNode("abc") : NODES.booleanNode(true);
            case BOOLEAN -> NODES.textNode("maybe");
            case ARRAY -> random.nextBoolean() ? NODES.textNode("not-a-list") : NODES.objectNode();
            case OBJECT, MAP -> random.nextBoolean() ? NODES.arrayNode() : NODES.numberNode(42);
        };
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    static String quoted(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return '"' + shown.replace("\u0000", "\\u0000") + '"';
    }
}
