package cn.perfeval.scoring.scorecard;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two scorecard versions: the total, each item whose points changed with the inputs that
 * changed under it, and the indicators whose reported values changed. Computed from the stored documents.
 */
public record ScorecardDiff(int from, int to, BigDecimal totalFrom, BigDecimal totalTo, List<ItemChange> items,
        List<IndicatorChange> indicators) {

    public record ItemChange(String code, String name, BigDecimal scoreFrom, BigDecimal scoreTo,
            List<InputChange> inputs) {
    }

    public record InputChange(String key, String valueFrom, String valueTo) {
    }

    public record IndicatorChange(String id, String name, String actualFrom, String actualTo) {
    }

    static ScorecardDiff between(JsonNode older, JsonNode newer) {
        Map<String, JsonNode> oldItems = byKey(older.path("items"), "code");
        List<ItemChange> items = new ArrayList<>();
        for (JsonNode item : newer.path("items")) {
            JsonNode before = oldItems.get(item.path("code").asText());
            BigDecimal scoreBefore = before == null ? null : before.path("score").decimalValue();
            BigDecimal scoreAfter = item.path("score").decimalValue();
            List<InputChange> inputs = inputChanges(before, item);
            if (scoreBefore == null || scoreBefore.compareTo(scoreAfter) != 0 || !inputs.isEmpty()) {
                items.add(new ItemChange(item.path("code").asText(), item.path("name").asText(), scoreBefore,
                        scoreAfter, inputs));
            }
        }
        Map<String, JsonNode> oldIndicators = byKey(older.path("indicators"), "id");
        List<IndicatorChange> indicators = new ArrayList<>();
        for (JsonNode indicator : newer.path("indicators")) {
            JsonNode before = oldIndicators.get(indicator.path("id").asText());
            String actualBefore = before == null ? null : before.path("actual").path("text").asText(null);
            String actualAfter = indicator.path("actual").path("text").asText(null);
            if (!Objects.equals(actualBefore, actualAfter)) {
                indicators.add(new IndicatorChange(indicator.path("id").asText(), indicator.path("name").asText(),
                        actualBefore, actualAfter));
            }
        }
        return new ScorecardDiff(older.path("version").asInt(), newer.path("version").asInt(),
                older.path("total").decimalValue(), newer.path("total").decimalValue(), items, indicators);
    }

    private static List<InputChange> inputChanges(JsonNode before, JsonNode after) {
        Map<String, JsonNode> oldInputs = before == null ? Map.of() : byKey(before.path("inputs"), "key");
        List<InputChange> changes = new ArrayList<>();
        for (JsonNode input : after.path("inputs")) {
            JsonNode old = oldInputs.get(input.path("key").asText());
            String valueBefore = old == null ? null : old.path("value").asText(null);
            String valueAfter = input.path("value").asText(null);
            if (!Objects.equals(valueBefore, valueAfter)) {
                changes.add(new InputChange(input.path("key").asText(), valueBefore, valueAfter));
            }
        }
        return changes;
    }

    private static Map<String, JsonNode> byKey(JsonNode array, String field) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        array.forEach(node -> map.put(node.path(field).asText(), node));
        return map;
    }
}
