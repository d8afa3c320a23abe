package cn.perfeval.scoring.scorecard;

import cn.perfeval.scoring.projection.FactEventType;
import cn.perfeval.scoring.projection.FactRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The facts a scorecard carries for its report besides the scores: context the report quotes verbatim. */
record ReportedFacts(JsonNode department, JsonNode evaluation, List<JsonNode> indicators, JsonNode budget,
        List<JsonNode> findings) {

    static ReportedFacts of(List<FactRecord> records) {
        JsonNode department = null;
        JsonNode evaluation = null;
        JsonNode budget = null;
        List<JsonNode> indicators = new ArrayList<>();
        List<JsonNode> findings = new ArrayList<>();
        for (FactRecord record : records) {
            switch (record.entityType()) {
                case FactEventType.INDICATOR -> indicators.add(record.payload());
                case FactEventType.DEPARTMENT -> department = record.payload();
                case FactEventType.EVALUATION -> evaluation = record.payload();
                case FactEventType.BUDGET_FACTS -> budget = record.payload().path("summary").isMissingNode() ? null
                        : record.payload().path("summary");
                default -> {
                }
            }
            record.payload().path("findings").forEach(findings::add);
        }
        indicators.sort(Comparator.comparingInt((JsonNode i) -> i.path("ordinal").asInt())
                .thenComparing(i -> i.path("name").asText()));
        return new ReportedFacts(department, evaluation, indicators, budget, findings);
    }
}
