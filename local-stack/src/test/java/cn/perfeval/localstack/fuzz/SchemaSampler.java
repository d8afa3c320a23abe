package cn.perfeval.localstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a valid-looking body from an OpenAPI schema: the schema's own example where it gives one, otherwise a
 * plain value of the right type; one element per array, one entry per map. Dates are in the fuzzed fiscal year.
 */
final class SchemaSampler {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Deep enough for every documented body; stops a recursive schema from recursing forever. */
    private static final int MAX_DEPTH = 8;

    private final JsonNode schemas;
    private final int year;

    SchemaSampler(JsonNode document, int year) {
        this.schemas = document.path("components").path("schemas");
        this.year = year;
    }

    Sample sample(JsonNode schema) {
        List<Sample.Slot> slots = new ArrayList<>();
        JsonNode body = build(schema, "", slots, 0);
        return new Sample(body, List.copyOf(slots));
    }

    private JsonNode build(JsonNode schema, String pointer, List<Sample.Slot> slots, int depth) {
        if (depth >= MAX_DEPTH) {
            return NODES.textNode("deep");
        }
        JsonNode resolved = resolve(schema);
        Sample.Kind kind = kindOf(resolved);
        slots.add(new Sample.Slot(pointer, kind));
        JsonNode example = schema.has("examples") ? schema.path("examples").path(0) : resolved.path("examples").path(0);
        if (!example.isMissingNode() && kind != Sample.Kind.OBJECT && kind != Sample.Kind.ARRAY) {
            return example;
        }
        return switch (kind) {
            case OBJECT -> object(resolved, pointer, slots, depth);
            case MAP -> NODES.objectNode().set("fuzz-key",
                    build(resolved.path("additionalProperties"), pointer + "/fuzz-key", slots, depth + 1));
            case ARRAY -> NODES.arrayNode().add(build(resolved.path("items"), pointer + "/0", slots, depth + 1));
            case STRING -> NODES.textNode(resolved.has("enum") ? resolved.path("enum").path(0).asText() : "fuzz");
            case DATE -> NODES.textNode(year + "-06-15");
            case INTEGER -> NODES.numberNode(1);
            case NUMBER -> NODES.numberNode(new java.math.BigDecimal("10.5"));
            case BOOLEAN -> NODES.booleanNode(false);
        };
    }

    private ObjectNode object(JsonNode schema, String pointer, List<Sample.Slot> slots, int depth) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            object.set(property.getKey(), build(property.getValue(), pointer + "/" + property.getKey(), slots, depth + 1));
        }
        return object;
    }

    /** A {@code $ref} replaced by the component it names (examples given next to the ref are read by the caller). */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.path("$ref").asText();
            current = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (current.has("allOf")) {
            return resolve(current.path("allOf").path(0));
        }
        return current;
    }

    private static Sample.Kind kindOf(JsonNode schema) {
        String type = schema.path("type").asText("");
        return switch (type) {
            case "array" -> Sample.Kind.ARRAY;
            case "integer" -> Sample.Kind.INTEGER;
            case "number" -> Sample.Kind.NUMBER;
            case "boolean" -> Sample.Kind.BOOLEAN;
            case "string" -> schema.path("format").asText().equals("date") ? Sample.Kind.DATE : Sample.Kind.STRING;
            default -> schema.has("properties") || !schema.has("additionalProperties") ? Sample.Kind.OBJECT
                    : Sample.Kind.MAP;
        };
    }
}
