package cn.perfeval.scoring.engine.rules;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The quotient of two decimals whose digits fit in a {@code long}, when it terminates: exactly the
 * {@code BigDecimal} (value and scale) that {@code dividend.divide(divisor, MathContext.DECIMAL128)}
 * returns for it. Why it exists: for a terminating quotient (90 ÷ 100, 2 ÷ 1) the JDK divides to 34
 * digits and then strips the trailing zeros back towards the preferred scale one BigInteger division
 * by ten at a time; the JMH profile showed that stripping as the engine's largest cost. A quotient
 * that does not terminate is left to the JDK, which rounds it to 34 digits without stripping.
 *
 * <p>Why the result is the JDK's: BigDecimal returns an exact quotient at the scale closest to the
 * preferred scale {@code dividend.scale − divisor.scale} (here at most 19 digits, below the 34 allowed).
 * With {@code n ÷ d} the fraction of the unscaled values in lowest terms, the quotient terminates iff
 * {@code d = 2^i × 5^j}; then {@code n × 10^k ÷ d} with {@code k = max(i, j)} is an integer that ends
 * in no zero when {@code k > 0} (n shares no factor with d), so {@code preferred + k} is that scale.
 */
final class TerminatingQuotient {

    private static final int LONG_BITS = 63;

    private TerminatingQuotient() {
    }

    /** The exact quotient, or {@code null} when it does not terminate or does not fit (the caller divides). */
    static BigDecimal of(BigDecimal dividend, BigDecimal divisor) {
        if (dividend.signum() == 0 || divisor.signum() == 0) {
            return null;
        }
        BigInteger unscaledDividend = dividend.unscaledValue();
        BigInteger unscaledDivisor = divisor.unscaledValue();
        if (unscaledDividend.bitLength() >= LONG_BITS || unscaledDivisor.bitLength() >= LONG_BITS) {
            return null;
        }
        long numerator = Math.abs(unscaledDividend.longValue());
        long denominator = Math.abs(unscaledDivisor.longValue());
        long common = gcd(numerator, denominator);
        return of(numerator / common, denominator / common, dividend.signum() * divisor.signum(),
                (long) dividend.scale() - divisor.scale());
    }

    private static BigDecimal of(long numerator, long denominator, int sign, long preferredScale) {
        int twos = Long.numberOfTrailingZeros(denominator);
        long rest = denominator >> twos;
        int fives = 0;
        while (rest % 5 == 0) {
            rest /= 5;
            fives++;
        }
        if (rest != 1) {
            return null;
        }
        int digitsAdded = Math.max(twos, fives);
        try {
            long unscaled = multiply(multiply(numerator, 2, digitsAdded - twos), 5, digitsAdded - fives);
            return BigDecimal.valueOf(sign * unscaled, Math.toIntExact(preferredScale + digitsAdded));
        } catch (ArithmeticException beyondLongOrScale) {
            return null;
        }
    }

    /** {@code value × factor^times}; throws ArithmeticException when it overflows a long. */
    private static long multiply(long value, int factor, int times) {
        long product = value;
        for (int i = 0; i < times; i++) {
            product = Math.multiplyExact(product, factor);
        }
        return product;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long remainder = a % b;
            a = b;
            b = remainder;
        }
        return a;
    }
}
