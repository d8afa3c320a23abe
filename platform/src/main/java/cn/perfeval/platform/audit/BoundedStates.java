package cn.perfeval.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps an audited state within a size: a state whose JSON is longer than the limit is replaced by a summary — its
 * length, its SHA-256 digest (which identifies the exact state given the state itself, e.g. the ERP's file) and,
 * for each list in it, the number of elements and the total of each numeric field of the elements. A push of
 * 100,000 lines thus becomes a few hundred bytes, and the totals still say what was pushed.
 */
final class BoundedStates {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final int maxBytes;

    BoundedStates(ObjectMapper mapper, int maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    /** The state as JSON, or its summary when too long; {@code null} stays {@code null}. */
    Bounded bound(Object state) {
        if (state == null) {
            return new Bounded(null, false);
        }
        JsonNode node = mapper.valueToTree(state);
        byte[] json = write(node);
        if (json.length <= maxBytes) {
            return new Bounded(node, false);
        }
        return new Bounded(summary(node, json), true);
    }

    record Bounded(JsonNode state, boolean truncated) {
    }

    private ObjectNode summary(JsonNode node, byte[] json) {
        ObjectNode summary = NODES.objectNode();
        summary.put("summary", true);
        summary.put("bytes", json.length);
        summary.put("sha256", sha256(json));
        if (node.isArray()) {
            summary.set("list", listSummary(node));
        } else if (node.isObject()) {
            ObjectNode fields = summary.putObject("fields");
            node.fields().forEachRemaining(field -> fields.set(field.getKey(), fieldSummary(field.getValue())));
        }
        return summary;
    }

    /** A scalar field stays (when short), a list becomes its summary, a nested object its size. */
    private JsonNode fieldSummary(JsonNode value) {
        if (value.isArray()) {
            return listSummary(value);
        }
        if (value.isValueNode() && value.asText().length() <= 200) {
            return value;
        }
        return NODES.objectNode().put("bytes", write(value).length);
    }

    private ObjectNode listSummary(JsonNode list) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (JsonNode element : list) {
            Iterator<Map.Entry<String, JsonNode>> fields = element.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isNumber()) {
                    totals.merge(field.getKey(), field.getValue().decimalValue(), BigDecimal::add);
                }
            }
        }
        ObjectNode summary = NODES.objectNode().put("count", list.size());
        ObjectNode totalsNode = summary.putObject("totals");
        totals.forEach(totalsNode::put);
        return summary;
    }

    private byte[] write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audited state is not writable as JSON", e);
        }
    }

    private static String sha256(byte[] json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
