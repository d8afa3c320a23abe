package cn.perfeval.scoring.engine.scheme;

import cn.perfeval.platform.json.DecimalLimits;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scheme document, YAML or JSON (a document starting with {@code {} is read as JSON).
 * Numbers are read as exact decimals (0.5 stays 0.5, never a binary float). Only the structure is
 * checked here; whether the scheme makes sense is {@link SchemeValidator}'s job.
 */
public final class SchemeParser {

    private static final ObjectMapper YAML = configure(YAMLMapper.builder());
    private static final ObjectMapper JSON = configure(JsonMapper.builder());

    private static final Set<String> SCHEME_FIELDS = Set.of("id", "version", "name", "dimensions", "items");
    private static final Set<String> DIMENSION_FIELDS = Set.of("code", "name", "max");
    private static final Set<String> ITEM_FIELDS = Set.of("code", "name", "dimension", "category", "max", "rule",
            "params", "description", "assumptions");

    private SchemeParser() {
    }

    private static ObjectMapper configure(MapperBuilder<?, ?> builder) {
        return builder
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .build();
    }

    public static Scheme parse(String document) {
        if (document == null || document.isBlank()) {
            throw new InvalidSchemeException(List.of(new SchemeProblem(null, "document", "is empty")));
        }
        JsonNode root;
        try {
            root = (document.stripLeading().startsWith("{") ? JSON : YAML).readTree(document);
        } catch (JacksonException e) {
            throw new InvalidSchemeException(List.of(new SchemeProblem(null, "document",
                    "not valid YAML/JSON: " + e.getOriginalMessage())));
        }
        List<SchemeProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidSchemeException(List.of(new SchemeProblem(null, "document", "must be a mapping")));
        }
        rejectUnknownFields(root, SCHEME_FIELDS, null, "", problems);
        List<SchemeDimension> dimensions = new ArrayList<>();
        for (JsonNode node : list(root, "dimensions", problems)) {
            rejectUnknownFields(node, DIMENSION_FIELDS, null, "dimensions.", problems);
            dimensions.add(new SchemeDimension(text(node, "code", null, problems), text(node, "name", null, problems),
                    decimal(node, "max", null, problems)));
        }
        List<SchemeItem> items = new ArrayList<>();
        for (JsonNode node : list(root, "items", problems)) {
            String code = text(node, "code", null, problems);
            rejectUnknownFields(node, ITEM_FIELDS, code, "", problems);
            items.add(new SchemeItem(code, text(node, "name", code, problems), text(node, "dimension", code, problems),
                    text(node, "category", code, problems), decimal(node, "max", code, problems),
                    text(node, "rule", code, problems), params(node.get("params"), code, problems),
                    text(node, "description", code, problems), text(node, "assumptions", code, problems)));
        }
        Scheme scheme = new Scheme(text(root, "id", null, problems), text(root, "version", null, problems),
                text(root, "name", null, problems), dimensions, items);
        if (!problems.isEmpty()) {
            throw new InvalidSchemeException(problems);
        }
        return scheme;
    }

    private static List<JsonNode> list(JsonNode parent, String field, List<SchemeProblem> problems) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(new SchemeProblem(null, field, "must be a list"));
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(element -> {
            if (element.isObject()) {
                elements.add(element);
            } else {
                problems.add(new SchemeProblem(null, field, "every entry must be a mapping, found " + element));
            }
        });
        return elements;
    }

    private static String text(JsonNode parent, String field, String itemCode, List<SchemeProblem> problems) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            problems.add(new SchemeProblem(itemCode, field, "must be a text"));
            return null;
        }
        return node.asText().strip();
    }

    private static BigDecimal decimal(JsonNode parent, String field, String itemCode, List<SchemeProblem> problems) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            problems.add(new SchemeProblem(itemCode, field, "must be a number, was " + node));
            return null;
        }
        BigDecimal value = bounded(node);
        if (value == null) {
            problems.add(new SchemeProblem(itemCode, field, DecimalLimits.RULE));
        }
        return value;
    }

    /**
     * A number node's exact value, or null outside {@link DecimalLimits}: 1e999999999 is a billion digits once the
     * engine rescales or adds it. (YAML's .inf never gets here: read as an exact decimal it is unreadable.)
     */
    private static BigDecimal bounded(JsonNode number) {
        BigDecimal value = number.decimalValue();
        return DecimalLimits.fits(value) ? value : null;
    }

    private static Map<String, Object> params(JsonNode node, String itemCode, List<SchemeProblem> problems) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return params;
        }
        if (!node.isObject()) {
            problems.add(new SchemeProblem(itemCode, "params", "must be a mapping"));
            return params;
        }
        node.properties().forEach(entry -> {
            Object value = paramValue(entry.getValue());
            if (value == null && entry.getValue().isNumber()) {
                problems.add(new SchemeProblem(itemCode, "params." + entry.getKey(), DecimalLimits.RULE));
            } else if (value == null) {
                problems.add(new SchemeProblem(itemCode, "params." + entry.getKey(),
                        "must be a text, a number or a list of those, was " + entry.getValue()));
            } else {
                params.put(entry.getKey(), value);
            }
        });
        return params;
    }

    private static Object paramValue(JsonNode node) {
        if (node.isNumber()) {
            return bounded(node);
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray()) {
            List<Object> values = new ArrayList<>();
            for (JsonNode element : node) {
                Object value = element.isArray() ? null : paramValue(element);
                if (value == null) {
                    return null;
                }
                values.add(value);
            }
            return List.copyOf(values);
        }
        return null;
    }

    private static void rejectUnknownFields(JsonNode node, Set<String> known, String itemCode, String prefix,
                                            List<SchemeProblem> problems) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (!known.contains(name)) {
                problems.add(new SchemeProblem(itemCode, prefix + name, "unknown field, expected one of "
                        + known.stream().sorted().toList()));
            }
        }
    }
}
