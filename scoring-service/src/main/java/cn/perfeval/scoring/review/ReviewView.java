package cn.perfeval.scoring.review;

import cn.perfeval.scoring.engine.facts.QualitativeGrade;
import cn.perfeval.scoring.judgement.JudgementView;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * The review of one evaluation: per judgement item and qualitative indicator the self-assessed value with its
 * evidence, the latest decision and whether it still applies, the value that counts, every decision; and the
 * reviewer's comments with the department's answers.
 */
public record ReviewView(String departmentCode, int fiscalYear, List<JudgementUnderReview> judgements,
        List<GradeUnderReview> indicators, List<CommentView> comments) {

    /**
     * @param selfAssessed  the department's points, text and evidence; {@code null} while not assessed
     * @param decision      the latest decision, {@code null} while there is none; {@code status} says if it applies
     * @param countedPoints the points the scorecard counts; {@code null} while not assessed
     * @param history       every decision on the item, oldest first
     */
    public record JudgementUnderReview(String itemCode, String name, BigDecimal max, JudgementView selfAssessed,
            ReviewStatus status, BigDecimal countedPoints, DecisionView decision, List<DecisionView> history) {
    }

    /**
     * @param selfAssessed the department's grade and share with the indicator's evidence
     * @param decision     the latest decision, {@code null} while there is none; {@code status} says if it applies
     * @param countedGrade the grade the scorecard counts, with {@code countedShare}
     * @param history      every decision on the indicator, oldest first
     */
    public record GradeUnderReview(String indicatorId, String name, String level2, SelfAssessedGrade selfAssessed,
            ReviewStatus status, QualitativeGrade countedGrade, BigDecimal countedShare, DecisionView decision,
            List<DecisionView> history) {
    }

    /**
     * @param version  the indicator's version, the one a decision names
     * @param evidence as indicator-service reported it (document, url, reportedBy, reportedAt)
     */
    public record SelfAssessedGrade(QualitativeGrade grade, BigDecimal share, long version, JsonNode evidence) {
    }
}
