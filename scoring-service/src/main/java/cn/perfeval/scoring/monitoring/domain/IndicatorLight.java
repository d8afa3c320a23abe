package cn.perfeval.scoring.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One indicator in a round: its progress against what is expected by the round's date, and its light. */
public record IndicatorLight(String indicatorId, int ordinal, String level1, String level1Name, String level2,
        String name, String comparator, String target, Progress progress, BigDecimal progressPercent,
        BigDecimal expectedPercent, BigDecimal behindPoints, Forecast forecast, Judgement judgement,
        String judgementLabel, Light light, Deviation deviation, List<Measure> measures) {

    /** The progress value the round used, as written. */
    public record Progress(LocalDate asOf, String text) {
    }
}
