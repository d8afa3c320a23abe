package cn.perfeval.scoring.monitoring.domain;

/** The year-end value expected, as written: the department's own, or computed from the progress so far. */
public record Forecast(String text, Source source) {

    public enum Source { DEPARTMENT, COMPUTED }
}
