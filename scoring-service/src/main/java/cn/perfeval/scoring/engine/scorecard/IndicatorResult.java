package cn.perfeval.scoring.engine.scorecard;

import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.IndicatorKind;
import cn.perfeval.scoring.engine.facts.QualitativeGrade;
import cn.perfeval.scoring.engine.facts.Review;

import java.math.BigDecimal;

/**
 * How one indicator was assessed inside an indicator-group item; the report's tables 1 and 2 are
 * rendered from these.
 *
 * @param grade          for a qualitative indicator, the grade that counts (the reviewed one where a review applies)
 * @param weight         the weight used (the indicator's own, or 1 for equal shares)
 * @param missing        no actual (or, for a qualitative indicator, no grade and share) yet
 * @param credit         share of the indicator's credit earned, 0..1 (0 while missing)
 * @param completionRate 完成情况 in percent, HALF_UP to 2 decimals, not capped; {@code null} when it
 *                       cannot be computed (missing, or a zero target)
 * @param flagged        completion beyond the scheme's over-achievement flag (target possibly set too low);
 *                       a flag only, it does not change the credit
 * @param selfAssessed   for a qualitative indicator: the department's own grade and share; {@code null} otherwise
 * @param reviewed       for a qualitative indicator: the bureau's review decision in force, {@code null} while none
 */
public record IndicatorResult(String id, long version, IndicatorKind kind, String level2, String name,
                              Comparator comparator, BigDecimal target, BigDecimal actual, QualitativeGrade grade,
                              BigDecimal weight, boolean missing, boolean met, BigDecimal credit,
                              BigDecimal completionRate, boolean flagged, SelfAssessment selfAssessed,
                              Review reviewed) {
}
