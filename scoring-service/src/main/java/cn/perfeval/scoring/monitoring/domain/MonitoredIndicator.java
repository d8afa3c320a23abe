package cn.perfeval.scoring.monitoring.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An indicator as monitoring reads indicator-service's event (/schemas/indicator-v1.json): its place, its annual
 * target, its actual and its progress history.
 */
public record MonitoredIndicator(String id, int ordinal, String level1, String level1Name, String level2, String name,
        String comparator, String targetText, BigDecimal targetValue, String unit, String actualText,
        BigDecimal actualValue, List<ProgressEntry> progress) {

    /**
     * Units whose value is a level judged against its target at any date (a rate, a score, a ratio of units such
     * as 次/年); every other unit (a count, an amount, an area …) accumulates over the year.
     */
    private static final Set<String> LEVEL_UNITS = Set.of("%", "‰", "百分点", "个百分点", "分");
    private static final MonthDay YEAR_END = MonthDay.of(12, 31);

    public static MonitoredIndicator read(String id, JsonNode data) {
        List<ProgressEntry> progress = new ArrayList<>();
        for (JsonNode entry : data.path("progress")) {
            progress.add(new ProgressEntry(LocalDate.parse(entry.path("asOf").asText()), entry.path("text").asText(),
                    decimal(entry.get("value"))));
        }
        JsonNode target = data.path("annualTarget");
        JsonNode actual = data.path("actual");
        return new MonitoredIndicator(id, data.path("ordinal").asInt(), data.path("level1").asText(),
                data.path("level1Name").asText(), data.path("level2").asText(), data.path("name").asText(),
                data.path("comparator").asText(), target.path("text").asText(null), decimal(target.get("value")),
                target.path("unit").asText(null), actual.path("text").asText(null), decimal(actual.get("value")),
                List.copyOf(progress));
    }

    public boolean qualitative() {
        return comparator.equals("QUALITATIVE") || targetValue == null;
    }

    /** LE and LT: a smaller value is better (costs, complaints, days). */
    boolean lowerIsBetter() {
        return comparator.equals("LE") || comparator.equals("LT");
    }

    /** Whether the value grows through the year (a count, an amount), as opposed to a level such as a rate. */
    boolean accumulates() {
        return unit == null || !(LEVEL_UNITS.contains(unit) || unit.contains("/"));
    }

    /**
     * The value that counts at {@code asOf}: the latest progress entry dated on or before it, else, in a round at
     * the year's end, the reported actual.
     */
    Optional<ProgressEntry> valueAt(LocalDate asOf) {
        Optional<ProgressEntry> latest = progress.stream().filter(entry -> !entry.asOf().isAfter(asOf))
                // oldest first: of two entries of one date the later reported wins
                .reduce((earlier, later) -> later.asOf().isBefore(earlier.asOf()) ? earlier : later);
        if (latest.isEmpty() && MonthDay.from(asOf).equals(YEAR_END) && actualText != null) {
            return Optional.of(new ProgressEntry(asOf, actualText, actualValue));
        }
        return latest;
    }

    private static BigDecimal decimal(JsonNode value) {
        return value == null || !value.isNumber() ? null : value.decimalValue();
    }
}
