package cn.perfeval.scoring.engine.facts;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The department's self-assessment (自评) of a judgement item — points, the reasoning and the evidence (document, URL,
 * date) — with the bureau reviewer's latest decision on it, if any.
 *
 * @param reviewer who recorded the self-assessment
 * @param version  the self-assessment's version; a review decision applies only to the version it reviewed
 * @param review   the latest review decision, {@code null} while there is none
 */
public record JudgementFact(BigDecimal points, String text, String evidence, String reviewer, long version,
                            Review review) {

    public JudgementFact {
        if (points == null) {
            throw new InvalidFactException("judgements.points",
                    "a judgement needs points; leave the item out while it has not been judged");
        }
        if (review != null && review.adjusted() && review.points() == null) {
            throw new InvalidFactException("judgements.review.points", "an adjusted judgement needs the reviewer's points");
        }
    }

    /** A self-assessment nobody has reviewed yet. */
    public JudgementFact(BigDecimal points, String text, String evidence, String reviewer, long version) {
        this(points, text, evidence, reviewer, version, null);
    }

    /** The review decision that applies: the latest one, if it was made on this version. */
    public Optional<Review> currentReview() {
        return Review.inForce(review, version);
    }

    /** The points that count: the reviewer's where a current decision adjusted them, else the self-assessed points. */
    public BigDecimal countedPoints() {
        return currentReview().filter(Review::adjusted).map(Review::points).orElse(points);
    }
}
