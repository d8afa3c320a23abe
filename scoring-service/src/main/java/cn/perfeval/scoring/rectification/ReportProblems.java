package cn.perfeval.scoring.rectification;

import com.fasterxml.jackson.databind.JsonNode;

/** The problems a year's report states: the scorecard items that lost points (score below their maximum). */
final class ReportProblems {

    private ReportProblems() {
    }

    /** Whether the scorecard document has the item {@code itemCode} and it scored less than its maximum. */
    static boolean hasDeduction(JsonNode scorecard, String itemCode) {
        for (JsonNode item : scorecard.path("items")) {
            if (itemCode.equals(item.path("code").asText())) {
                return item.path("score").decimalValue().compareTo(item.path("max").decimalValue()) < 0;
            }
        }
        return false;
    }
}
