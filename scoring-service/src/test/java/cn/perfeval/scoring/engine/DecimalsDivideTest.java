package cn.perfeval.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.range;

import cn.perfeval.scoring.engine.rules.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * {@link Decimals#divide} computes terminating quotients itself (the engine's hot path); it must return exactly what
 * {@code BigDecimal.divide(divisor, DECIMAL128)} returns, scale included, since scores, credits and explanations are
 * built from it.
 */
class DecimalsDivideTest {

    private static final int EXAMPLES = 20_000;

    private static QuickTheory qt() {
        return QuickTheory.qt().withExamples(EXAMPLES);
    }

    private static void assertSameAsTheJdk(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal expected = dividend.divide(divisor, MathContext.DECIMAL128);
        BigDecimal actual = Decimals.divide(dividend, divisor);
        assertThat(actual).as("%s ÷ %s", dividend, divisor).isEqualTo(expected);
        assertThat(actual.scale()).as("scale of %s ÷ %s", dividend, divisor).isEqualTo(expected.scale());
    }

    private static Gen<BigDecimal> decimals(long magnitude) {
        return longRange(-magnitude, magnitude).zip(range(-4, 12), BigDecimal::valueOf);
    }

    /** A divisor of the form m × 2^i × 5^j and a dividend that is a multiple of m: the quotient terminates. */
    private static Gen<BigDecimal[]> terminatingPairs() {
        return longRange(1, 100_000).zip(range(0, 40), range(0, 20), longRange(-1_000_000, 1_000_000),
                (common, twos, fives, multiple) -> new long[] {common, twos, fives, multiple})
                .zip(range(-4, 8), range(-4, 8), (parts, dividendScale, divisorScale) -> {
                    BigInteger divisor = BigInteger.valueOf(parts[0]).shiftLeft((int) parts[1])
                            .multiply(BigInteger.valueOf(5).pow((int) parts[2]));
                    BigInteger dividend = BigInteger.valueOf(parts[0]).multiply(BigInteger.valueOf(parts[3]));
                    return new BigDecimal[] {new BigDecimal(dividend, dividendScale), new BigDecimal(divisor, divisorScale)};
                });
    }

    @Test
    void terminatingQuotientsAreTheJdksToTheScale() {
        qt().forAll(terminatingPairs()).checkAssert(pair -> assertSameAsTheJdk(pair[0], pair[1]));
    }

    @Test
    void anyQuotientOfSmallDecimalsIsTheJdks() {
        qt().forAll(decimals(10_000), decimals(1_000).assuming(divisor -> divisor.signum() != 0))
                .checkAssert(DecimalsDivideTest::assertSameAsTheJdk);
    }

    @Test
    void quotientsOfLongSizedAndLargerDecimalsAreTheJdks() {
        qt().forAll(decimals(Long.MAX_VALUE), decimals(Long.MAX_VALUE).assuming(divisor -> divisor.signum() != 0))
                .checkAssert(DecimalsDivideTest::assertSameAsTheJdk);
    }

    @Test
    void theEnginesEverydayQuotients() {
        // A credit 90 ÷ 100, a share 2 ÷ 1 after rounding, a rate 534.89 ÷ 530, cents over a weight 0.10, a zero.
        String[][] pairs = {{"90", "100"}, {"2", "1"}, {"534.89", "530"}, {"2000", "0.10"}, {"0", "7"}, {"20", "11"},
                {"10", "0.5"}, {"1.00", "1"}, {"-3", "8"}, {"123456789012345678", "0.0001"}, {"1", "3"}};
        for (String[] pair : pairs) {
            assertSameAsTheJdk(new BigDecimal(pair[0]), new BigDecimal(pair[1]));
        }
    }
}
