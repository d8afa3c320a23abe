package cn.perfeval.scoring.engine.facts;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The bureau reviewer's latest decision on one self-assessed value: a judgement item's points or a qualitative
 * indicator's grade. It names the version of the self-assessment it reviewed; once the department changes that
 * value (a new version) the decision no longer applies and the self-assessed value counts until it is reviewed again.
 *
 * @param reviewedVersion the version of the self-assessment the reviewer saw
 * @param points          the reviewer's points (an adjusted judgement item), otherwise {@code null}
 * @param grade           the reviewer's grade (an adjusted qualitative indicator), otherwise {@code null}
 * @param share           the credit share inside {@code grade}'s band that goes with it, otherwise {@code null}
 */
public record Review(ReviewDecision decision, long reviewedVersion, BigDecimal points, QualitativeGrade grade,
                     BigDecimal share, String reason, String by, OffsetDateTime at) {

    public Review {
        if (decision == null) {
            throw new InvalidFactException("review.decision", "missing");
        }
        if (decision == ReviewDecision.ADJUSTED && points == null && (grade == null || share == null)) {
            throw new InvalidFactException("review", "an adjustment needs the reviewer's points, or a grade with its share");
        }
        if (grade != null && share != null && !grade.admits(share)) {
            throw new InvalidFactException("review.share", share.toPlainString() + " is outside the band of "
                    + grade.label());
        }
    }

    /** The decision, if there is one and it was made on {@code selfAssessedVersion}: only then does it apply. */
    static Optional<Review> inForce(Review latest, long selfAssessedVersion) {
        return Optional.ofNullable(latest).filter(review -> review.reviewedVersion == selfAssessedVersion);
    }

    public boolean adjusted() {
        return decision == ReviewDecision.ADJUSTED;
    }
}
