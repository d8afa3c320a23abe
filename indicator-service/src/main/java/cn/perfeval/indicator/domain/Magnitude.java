package cn.perfeval.indicator.domain;

import java.math.BigDecimal;

/**
 * The Chinese magnitude written in front of a unit (万人, 亿元). It is kept apart from the base unit so that
 * {@code 7398万} and {@code ＞6500万}, or {@code 534.89万人} and {@code 530万人}, are compared on one scale.
 * 千 and 百 are deliberately absent: 千米/千克/千瓦时 are units of their own.
 */
public enum Magnitude {
    ONE("", 0),
    WAN("万", 4),
    YI("亿", 8),
    WAN_YI("万亿", 12);

    private final String symbol;
    private final int powerOfTen;

    Magnitude(String symbol, int powerOfTen) {
        this.symbol = symbol;
        this.powerOfTen = powerOfTen;
    }

    public String symbol() {
        return symbol;
    }

    /** The number in base units, exactly: 60 (万) becomes 600000, 4.48 (万) becomes 44800. */
    public BigDecimal apply(BigDecimal number) {
        return number.movePointRight(powerOfTen);
    }
}
