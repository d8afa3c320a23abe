package cn.perfeval.scoring.monitoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a round computes from its inputs: everything of the round but its identity, state and version. */
public record RoundContent(Thresholds thresholds, BigDecimal timeProgressPercent, BudgetPace budgetPace,
        List<IndicatorLight> indicators, List<MissingInput> missingInputs, Map<Light, Integer> lightCounts) {
}
