package cn.perfeval.scoring.monitoring.domain;

/** The department's explanation of a deviation, with the reason's zh-CN label for the report. */
public record Deviation(DeviationReason reason, String reasonLabel, String text) {

    public static Deviation of(DeviationReason reason, String text) {
        return new Deviation(reason, reason.label(), text);
    }
}
