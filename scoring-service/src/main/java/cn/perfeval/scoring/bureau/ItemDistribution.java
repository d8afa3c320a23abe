package cn.perfeval.scoring.bureau;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How one scheme item scored across departments: range, mean (HALF_UP, 2 decimals) and how many got full marks. */
public record ItemDistribution(String code, String name, BigDecimal max, int departments, BigDecimal min,
        BigDecimal mean, BigDecimal highest, int fullMarks) {

    static List<ItemDistribution> of(List<JsonNode> scorecards) {
        Map<String, List<JsonNode>> byItem = new LinkedHashMap<>();
        for (JsonNode scorecard : scorecards) {
            scorecard.path("items").forEach(item -> byItem.computeIfAbsent(item.path("code").asText(),
                    code -> new ArrayList<>()).add(item));
        }
        List<ItemDistribution> result = new ArrayList<>();
        byItem.forEach((code, items) -> {
            BigDecimal max = items.get(0).path("max").decimalValue();
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal lowest = null;
            BigDecimal highest = null;
            int full = 0;
            for (JsonNode item : items) {
                BigDecimal score = item.path("score").decimalValue();
                sum = sum.add(score);
                lowest = lowest == null || score.compareTo(lowest) < 0 ? score : lowest;
                highest = highest == null || score.compareTo(highest) > 0 ? score : highest;
                full += score.compareTo(max) == 0 ? 1 : 0;
            }
            result.add(new ItemDistribution(code, items.get(0).path("name").asText(), max, items.size(), lowest,
                    sum.divide(BigDecimal.valueOf(items.size()), 2, RoundingMode.HALF_UP), highest, full));
        });
        return result;
    }
}
