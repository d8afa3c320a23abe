package cn.perfeval.scoring.review;

import cn.perfeval.scoring.engine.facts.QualitativeGrade;
import cn.perfeval.scoring.engine.facts.ReviewDecision;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One review decision as recorded: what was decided on which version of the self-assessment, the reviewed value
 * (points, or grade and share, for an adjustment), why, who and when.
 */
public record DecisionView(long id, ReviewDecision decision, long reviewedVersion, BigDecimal points,
        QualitativeGrade grade, BigDecimal share, String reason, String by, OffsetDateTime at) {

    static DecisionView of(ReviewDecisionEntry entry) {
        return new DecisionView(entry.id, entry.decision, entry.reviewedVersion, entry.points, entry.grade, entry.share,
                entry.reason, entry.decidedBy, entry.decidedAt);
    }
}
