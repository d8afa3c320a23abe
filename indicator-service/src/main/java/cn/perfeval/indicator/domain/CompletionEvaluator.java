package cn.perfeval.indicator.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Completion of an indicator: the rate the report shows and the credit share scoring awards (DOMAIN.md,
 * "Performance indicators"; 财预〔2020〕10号 art. 21).
 *
 * <h2>Rate (完成情况%)</h2>
 * actual ÷ target × 100, HALF_UP to 2 decimals, not capped (105.88% against ≥85% shows 124.56%). For ≤ and &lt;
 * the {@link CompletionPolicy#lowerIsBetterRate()} decides; by default target ÷ actual × 100, and 100% when met.
 * A zero target has no ratio: 100% when met, 0% when not ({@link CompletionNote#ZERO_TARGET_NO_RATIO}).
 *
 * <h2>Met</h2>
 * {@code >} strict (equal is not met), {@code ≥} equal is met, {@code =} within the policy's relative tolerance,
 * {@code ≤} equal is met, {@code <} strict.
 *
 * <h2>Credit share</h2>
 * Higher-is-better: 1 when met, else actual ÷ target. The formula is applied as written, so an actual exactly equal
 * to a strict {@code >} target is not met yet earns actual ÷ target = 1; the scorecard still shows it as not met.
 * Lower-is-better: 1 when met, else 1 − (actual − target) ÷ target, and 0 once actual ≥ 2 × target (a zero
 * target missed earns 0). {@code =}: 1 within tolerance, else 0 (the national default; a scheme with another rule
 * applies it to the NOT_MET result). Computed shares carry 10 decimals, HALF_UP, which is far below the 2-decimal
 * rounding of item points.
 *
 * <p>A negative actual counts as 0. A missing actual (null) is {@link CompletionStatus#MISSING}, never 0.
 * Qualitative indicators are evaluated with {@link #evaluateGraded}.
 */
public final class CompletionEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SHARE_SCALE = 10;
    private static final int RATE_SCALE = 2;

    private final CompletionPolicy policy;

    public CompletionEvaluator(CompletionPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param target a value from {@link MeasuredValue#parseTarget}
     * @param actual a value from {@link MeasuredValue#parseActual}, or null when none was entered
     * @throws UnitMismatchException when the actual cannot be compared with the target, including any non-null
     *                               actual for a qualitative target (those take a grade)
     */
    public Completion evaluate(MeasuredValue target, MeasuredValue actual) {
        Objects.requireNonNull(target, "target");
        if (target.comparator() == Comparison.NONE) {
            throw new IllegalArgumentException("'" + target.text() + "' was read as an actual, not as a target");
        }
        if (actual == null) {
            return Completion.missing();
        }
        MeasuredValue.requireComparable(target, actual);
        if (target.isQualitative()) {
            throw new UnitMismatchException(ValueMessages.QUALITATIVE_NEEDS_GRADE.with(target.text()));
        }

        Set<CompletionNote> notes = EnumSet.noneOf(CompletionNote.class);
        BigDecimal t = target.normalized();
        BigDecimal a = actual.normalized();
        if (a.signum() < 0) {
            a = BigDecimal.ZERO;
            notes.add(CompletionNote.NEGATIVE_ACTUAL_COUNTED_AS_ZERO);
        }
        if (t.signum() == 0) {
            notes.add(CompletionNote.ZERO_TARGET_NO_RATIO);
        }

        Comparison comparator = target.comparator();
        boolean met = isMet(comparator, a, t);
        BigDecimal rate;
        BigDecimal share;
        if (comparator.isLowerBetter()) {
            rate = lowerIsBetterRate(a, t, met);
            share = met ? BigDecimal.ONE : lowerIsBetterShare(a, t);
        } else {
            rate = percent(a, t, met);
            share = met ? BigDecimal.ONE
                    : comparator == Comparison.EQ || t.signum() == 0 ? BigDecimal.ZERO
                    : a.divide(t, SHARE_SCALE, RoundingMode.HALF_UP);
        }
        return new Completion(met ? CompletionStatus.MET : CompletionStatus.NOT_MET, rate, share, null, notes);
    }

    /**
     * A qualitative indicator: the reviewer's grade and the share inside its band.
     *
     * @throws UnitMismatchException    when the target has a number (it is evaluated from its actual)
     * @throws ShareOutOfBandException when the share lies outside the grade's band
     */
    public Completion evaluateGraded(MeasuredValue target, Grade grade, BigDecimal share) {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(share, "share");
        if (!target.isQualitative()) {
            throw new UnitMismatchException(ValueMessages.NUMERIC_NEEDS_ACTUAL.with(target.text()));
        }
        grade.requireInBand(share);
        CompletionStatus status = grade == Grade.ACHIEVED ? CompletionStatus.MET : CompletionStatus.NOT_MET;
        return new Completion(status, share.multiply(HUNDRED).setScale(RATE_SCALE, RoundingMode.HALF_UP), share,
                grade, Set.of());
    }

    private boolean isMet(Comparison comparator, BigDecimal a, BigDecimal t) {
        int order = a.compareTo(t);
        return switch (comparator) {
            case GT -> order > 0;
            case GE -> order >= 0;
            case LE -> order <= 0;
            case LT -> order < 0;
            case EQ -> a.subtract(t).abs().compareTo(t.multiply(policy.equalTolerance())) <= 0;
            case QUALITATIVE, NONE -> throw new IllegalStateException("not a numeric target: " + comparator);
        };
    }

    private BigDecimal lowerIsBetterRate(BigDecimal a, BigDecimal t, boolean met) {
        if (policy.lowerIsBetterRate() == LowerIsBetterRate.ACTUAL_OVER_TARGET) {
            return percent(a, t, met);
        }
        if (met) {
            return HUNDRED.setScale(RATE_SCALE);
        }
        // Not met means a > t ≥ 0, or a = t for a strict <; a is 0 only when t is 0, which has no ratio.
        return a.signum() == 0 ? BigDecimal.ZERO.setScale(RATE_SCALE) : percent(t, a, false);
    }

    private static BigDecimal lowerIsBetterShare(BigDecimal a, BigDecimal t) {
        if (t.signum() == 0 || a.compareTo(t.multiply(BigDecimal.valueOf(2))) >= 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.ONE.subtract(a.subtract(t).divide(t, SHARE_SCALE, RoundingMode.HALF_UP));
    }

    /** numerator ÷ denominator × 100, one HALF_UP rounding; a zero denominator shows 100 when met, else 0. */
    private static BigDecimal percent(BigDecimal numerator, BigDecimal denominator, boolean met) {
        if (denominator.signum() == 0) {
            return (met ? HUNDRED : BigDecimal.ZERO).setScale(RATE_SCALE);
        }
        return numerator.multiply(HUNDRED).divide(denominator, RATE_SCALE, RoundingMode.HALF_UP);
    }
}
