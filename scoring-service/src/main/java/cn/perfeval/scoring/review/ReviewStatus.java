package cn.perfeval.scoring.review;

import cn.perfeval.scoring.engine.facts.Review;
import java.util.Optional;

/** Where one self-assessed value stands in the review. */
public enum ReviewStatus {
    /** The department has not assessed it yet: nothing to review. */
    NOT_SELF_ASSESSED,
    /** Assessed, no decision yet. */
    AWAITING_REVIEW,
    CONFIRMED,
    ADJUSTED,
    /** The department changed the value after the last decision, which therefore no longer applies: review it again. */
    CHANGED_SINCE_REVIEW;

    /**
     * @param latest  the latest decision, {@code null} when there is none
     * @param inForce the decision that applies to the current version (the engine's answer)
     */
    static ReviewStatus of(boolean selfAssessed, Review latest, Optional<Review> inForce) {
        if (!selfAssessed) {
            return NOT_SELF_ASSESSED;
        }
        if (latest == null) {
            return AWAITING_REVIEW;
        }
        return inForce.map(review -> review.adjusted() ? ADJUSTED : CONFIRMED).orElse(CHANGED_SINCE_REVIEW);
    }
}
