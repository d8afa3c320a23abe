package cn.perfeval.localstack.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A JSON body being mutated: values are replaced by JSON pointer, and one value may be replaced by raw bytes that no
 * JSON tree can hold (an unparseable number, a lone surrogate escape, invalid UTF-8).
 */
final class JsonBody {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RAW_MARKER = "@@fuzz-raw@@";

    private JsonNode root;
    private byte[] raw;

    JsonBody(JsonNode sample) {
        this.root = sample.deepCopy();
    }

    JsonNode at(String pointer) {
        return root.at(pointer);
    }

    JsonBody set(String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            root = value;
            return this;
        }
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return this;
    }

    /** The value at {@code pointer} becomes exactly these bytes in the rendered body. */
    JsonBody setRaw(String pointer, byte[] bytes) {
        raw = bytes;
        return set(pointer, TextNode.valueOf(RAW_MARKER));
    }

    JsonBody setRaw(String pointer, String text) {
        return setRaw(pointer, text.getBytes(StandardCharsets.UTF_8));
    }

    byte[] render() {
        String text = text();
        if (raw == null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        int at = text.indexOf('"' + RAW_MARKER + '"');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(text.substring(at + RAW_MARKER.length() + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    String text() {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
