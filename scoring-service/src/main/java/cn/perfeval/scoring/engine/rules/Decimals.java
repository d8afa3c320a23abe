package cn.perfeval.scoring.engine.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The engine's arithmetic. Sums and products are exact. A quotient that does not terminate (20 ÷ 11)
 * keeps 34 significant digits (IEEE 754 decimal128), far below the 0.01 the result is rounded to.
 * HALF_UP rounding happens only here: an item's points, and numbers shown to people (rates in
 * percent, figures in explanations).
 */
public final class Decimals {

    public static final BigDecimal HUNDRED = new BigDecimal("100");

    private static final MathContext QUOTIENT = MathContext.DECIMAL128;

    private Decimals() {
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal terminating = TerminatingQuotient.of(dividend, divisor);
        return terminating != null ? terminating : dividend.divide(divisor, QUOTIENT);
    }

    /** An item's points: HALF_UP to 2 decimals (the documented rounding of the scheme). */
    public static BigDecimal points(BigDecimal exactPoints) {
        return exactPoints.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code part ÷ whole × 100}, HALF_UP to 2 decimals, as the report shows rates (124.56). */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** A computed figure for an explanation: at most 4 decimals, no trailing zeros. */
    public static String shown(BigDecimal value) {
        BigDecimal rounded = value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.signum() == 0 ? BigDecimal.ZERO : rounded).toPlainString();
    }

    public static BigDecimal clampAtZero(BigDecimal value) {
        return value.signum() < 0 ? BigDecimal.ZERO : value;
    }
}
