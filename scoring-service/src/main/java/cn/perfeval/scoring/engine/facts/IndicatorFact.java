package cn.perfeval.scoring.engine.facts;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One level-3 performance indicator with its year-end actual. {@code target} and {@code actual} are
 * already in the same unit and scale (the indicator service normalises them). A {@code null} actual
 * means "not reported yet", which is not the same as 0.
 *
 * @param weight           relative weight inside its scoring group; {@code null} = equal shares
 * @param qualitativeShare for {@link Comparator#QUALITATIVE}: the share of the credit the department
 *                         assesses itself, 0..1, inside the band of {@code grade}
 * @param grade            for {@link Comparator#QUALITATIVE}: the department's self-assessed grade
 * @param review           the bureau reviewer's latest decision on the grade, {@code null} while there is none
 */
public record IndicatorFact(String id, long version, IndicatorKind kind, String level2, String name,
                            Comparator comparator, BigDecimal target, BigDecimal actual, BigDecimal weight,
                            BigDecimal qualitativeShare, QualitativeGrade grade, Review review) {

    public IndicatorFact {
        if (id == null || id.isBlank()) {
            throw new InvalidFactException("indicators.id", "an indicator needs an id");
        }
        String at = "indicators[" + id + "].";
        if (kind == null) {
            throw new InvalidFactException(at + "kind", "missing");
        }
        if (comparator == null) {
            throw new InvalidFactException(at + "comparator", "missing");
        }
        if (comparator != Comparator.QUALITATIVE) {
            if (target == null) {
                throw new InvalidFactException(at + "target", "a " + comparator + " indicator needs a target");
            }
            // Credit formulas divide by the target and treat actuals below 0 as 0: a negative target has no meaning there.
            if (target.signum() < 0) {
                throw new InvalidFactException(at + "target", "must not be negative, was " + target.toPlainString());
            }
        }
        if (weight != null && weight.signum() <= 0) {
            throw new InvalidFactException(at + "weight", "must be positive, was " + weight.toPlainString());
        }
        if (qualitativeShare != null
                && (qualitativeShare.signum() < 0 || qualitativeShare.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidFactException(at + "qualitativeShare",
                    "must be between 0 and 1, was " + qualitativeShare.toPlainString());
        }
        if (qualitativeShare != null && grade != null && !grade.admits(qualitativeShare)) {
            throw new InvalidFactException(at + "qualitativeShare",
                    qualitativeShare.toPlainString() + " is outside the band of " + grade.label() + " ["
                            + grade.lowestShare().toPlainString() + ", " + grade.highestShare().toPlainString() + "]");
        }
        if (review != null && review.adjusted() && review.grade() == null) {
            throw new InvalidFactException(at + "review.grade", "an adjusted grade needs the reviewer's grade and share");
        }
    }

    /** An indicator whose grade nobody has reviewed (or that has none). */
    public IndicatorFact(String id, long version, IndicatorKind kind, String level2, String name,
                         Comparator comparator, BigDecimal target, BigDecimal actual, BigDecimal weight,
                         BigDecimal qualitativeShare, QualitativeGrade grade) {
        this(id, version, kind, level2, name, comparator, target, actual, weight, qualitativeShare, grade, null);
    }

    /** The review decision that applies: the latest one, if it was made on this version of the indicator. */
    public Optional<Review> currentReview() {
        return Review.inForce(review, version);
    }

    /** The grade that counts: the reviewer's where a current decision adjusted it, else the self-assessed grade. */
    public QualitativeGrade countedGrade() {
        return currentReview().filter(Review::adjusted).map(Review::grade).orElse(grade);
    }

    /** The credit share that goes with {@link #countedGrade()}. */
    public BigDecimal countedShare() {
        return currentReview().filter(Review::adjusted).map(Review::share).orElse(qualitativeShare);
    }
}
