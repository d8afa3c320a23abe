package cn.perfeval.scoring.engine.facts;

/** How an indicator's actual value is compared with its target. */
public enum Comparator {
    GT(">"),
    GE("≥"),
    EQ("="),
    LE("≤"),
    LT("<"),
    QUALITATIVE("定性");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean higherIsBetter() {
        return this == GT || this == GE;
    }

    public boolean lowerIsBetter() {
        return this == LE || this == LT;
    }
}
