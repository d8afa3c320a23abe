package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.QualitativeGrade;

import java.math.BigDecimal;

/**
 * The credit one indicator earns (national rule, 财预〔2020〕10号 art. 21), as a share 0..1.
 * <ul>
 * <li>{@code >}, {@code ≥}: met → 1; else actual ÷ target. {@code >} is strict: equal is not met
 *     (and then earns actual ÷ target = 1 of the credit, as the formula says).</li>
 * <li>{@code ≤}, {@code <}: met → 1; else 1 − (actual − target) ÷ target, 0 from 2 × target on.</li>
 * <li>{@code =}: within the tolerance (a fraction of the target) → 1; else the scheme's policy.</li>
 * <li>qualitative: the share inside the grade's band, self-assessed or, where a review adjusted it, reviewed.</li>
 * </ul>
 * A negative actual counts as 0. With a zero target nothing is divided: a miss earns 0.
 *
 * @param completionRate 完成情况 in percent (see {@link cn.perfeval.scoring.engine.scorecard.IndicatorResult})
 */
record IndicatorAssessment(boolean missing, boolean met, BigDecimal credit, BigDecimal completionRate) {

    /** What a missed {@code =} indicator earns. */
    enum EqualMiss {
        /** Nothing (the national default). */
        ZERO,
        /** 1 − |actual − target| ÷ target, not below 0. */
        DEVIATION
    }

    private static final IndicatorAssessment MISSING = new IndicatorAssessment(true, false, BigDecimal.ZERO, null);

    static IndicatorAssessment of(IndicatorFact indicator, BigDecimal equalTolerance, EqualMiss equalMiss) {
        if (indicator.comparator() == Comparator.QUALITATIVE) {
            return qualitative(indicator);
        }
        if (indicator.actual() == null) {
            return MISSING;
        }
        BigDecimal actual = Decimals.clampAtZero(indicator.actual());
        BigDecimal target = indicator.target();
        return switch (indicator.comparator()) {
            case GE -> higherIsBetter(actual.compareTo(target) >= 0, actual, target);
            case GT -> higherIsBetter(actual.compareTo(target) > 0, actual, target);
            case LE -> lowerIsBetter(actual.compareTo(target) <= 0, actual, target);
            case LT -> lowerIsBetter(actual.compareTo(target) < 0, actual, target);
            case EQ -> equal(actual, target, equalTolerance, equalMiss);
            case QUALITATIVE -> throw new IllegalStateException("handled above");
        };
    }

    private static IndicatorAssessment higherIsBetter(boolean met, BigDecimal actual, BigDecimal target) {
        BigDecimal rate = target.signum() > 0 ? Decimals.percent(actual, target) : null;
        if (met) {
            return new IndicatorAssessment(false, true, BigDecimal.ONE, rate);
        }
        // Not met means actual < target (or = for '>'); a zero target is only missed by a zero actual under '>'.
        BigDecimal credit = target.signum() > 0 ? Decimals.divide(actual, target) : BigDecimal.ZERO;
        return new IndicatorAssessment(false, false, credit, rate);
    }

    private static IndicatorAssessment lowerIsBetter(boolean met, BigDecimal actual, BigDecimal target) {
        if (met) {
            return new IndicatorAssessment(false, true, BigDecimal.ONE, Decimals.HUNDRED.setScale(2));
        }
        BigDecimal rate = actual.signum() > 0 ? Decimals.percent(target, actual) : null;
        if (target.signum() == 0) {
            return new IndicatorAssessment(false, false, BigDecimal.ZERO, rate);
        }
        BigDecimal overshoot = Decimals.divide(actual.subtract(target), target);
        return new IndicatorAssessment(false, false, Decimals.clampAtZero(BigDecimal.ONE.subtract(overshoot)), rate);
    }

    private static IndicatorAssessment equal(BigDecimal actual, BigDecimal target, BigDecimal tolerance,
                                             EqualMiss equalMiss) {
        BigDecimal rate = target.signum() > 0 ? Decimals.percent(actual, target) : null;
        BigDecimal deviation = actual.subtract(target).abs();
        if (deviation.compareTo(tolerance.multiply(target)) <= 0) {
            return new IndicatorAssessment(false, true, BigDecimal.ONE, rate);
        }
        BigDecimal credit = equalMiss == EqualMiss.DEVIATION && target.signum() > 0
                ? Decimals.clampAtZero(BigDecimal.ONE.subtract(Decimals.divide(deviation, target)))
                : BigDecimal.ZERO;
        return new IndicatorAssessment(false, false, credit, rate);
    }

    private static IndicatorAssessment qualitative(IndicatorFact indicator) {
        // The grade that counts: the reviewed one where a review decision applies, else the self-assessed one.
        BigDecimal share = indicator.countedShare();
        if (share == null || indicator.countedGrade() == null) {
            return MISSING;
        }
        // The band was checked when the fact (and the review) was built; the share is the credit.
        return new IndicatorAssessment(false, indicator.countedGrade() == QualitativeGrade.ACHIEVED, share,
                Decimals.percent(share, BigDecimal.ONE));
    }
}
