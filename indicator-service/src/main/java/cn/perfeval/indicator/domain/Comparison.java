package cn.perfeval.indicator.domain;

/**
 * How a target relates the actual to its number. {@link #NONE} marks an actual: a measurement compares nothing.
 * {@link #QUALITATIVE} marks text without a number (达成, 好, 有效提升 …): it is graded by a reviewer, not divided.
 */
public enum Comparison {
    GT(">"),
    GE("≥"),
    EQ("="),
    LE("≤"),
    LT("<"),
    QUALITATIVE(""),
    NONE("");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** {@code ≤} and {@code <}: less is better (costs, response times, complaint counts). */
    public boolean isLowerBetter() {
        return this == LE || this == LT;
    }
}
