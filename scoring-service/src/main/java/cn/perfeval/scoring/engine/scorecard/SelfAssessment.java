package cn.perfeval.scoring.engine.scorecard;

import cn.perfeval.scoring.engine.facts.QualitativeGrade;

import java.math.BigDecimal;

/**
 * The value the department assessed itself (自评), shown on the scorecard beside the reviewed one: a judgement
 * item's points, or a qualitative indicator's grade and share.
 *
 * @param version the self-assessment's version, the one a review decision names
 */
public record SelfAssessment(BigDecimal points, QualitativeGrade grade, BigDecimal share, long version) {

    public static SelfAssessment ofPoints(BigDecimal points, long version) {
        return new SelfAssessment(points, null, null, version);
    }

    public static SelfAssessment ofGrade(QualitativeGrade grade, BigDecimal share, long version) {
        return new SelfAssessment(null, grade, share, version);
    }
}
