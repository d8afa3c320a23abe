package cn.perfeval.scoring.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Every percentage of a round: exact until the end, then HALF_UP to 2 decimals once (docs/monitoring.md). */
final class Percents {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final int SCALE = 2;

    private Percents() {
    }

    /** {@code part ÷ whole × 100}, rounded once. */
    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_UP);
    }

    /** {@code expected − actual} of two rounded figures, or null when either is missing. */
    static BigDecimal behind(BigDecimal expected, BigDecimal actual) {
        return expected == null || actual == null ? null : expected.subtract(actual);
    }

    static BigDecimal rounded(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
