package cn.perfeval.scoring.engine;

import static cn.perfeval.scoring.engine.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.IndicatorKind;
import cn.perfeval.scoring.engine.facts.InvalidFactException;
import cn.perfeval.scoring.engine.facts.JudgementFact;
import cn.perfeval.scoring.engine.facts.QualitativeGrade;
import cn.perfeval.scoring.engine.facts.Review;
import cn.perfeval.scoring.engine.facts.ReviewDecision;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scorecard.IndicatorResult;
import cn.perfeval.scoring.engine.scorecard.ItemScore;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Which value counts (DOMAIN.md, "The yearly cycle"): the reviewer's where a review decision adjusted the
 * self-assessment it reviewed, the department's own where the decision confirmed it, where there is none, or where
 * the department changed the value since (the decision names an older version and no longer applies).
 */
class ReviewedValuesTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2024-03-01T09:00:00Z");

    private static Review confirmed(long version) {
        return new Review(ReviewDecision.CONFIRMED, version, null, null, null, null, "李审核", AT);
    }

    private static Review adjustedPoints(long version, String points) {
        return new Review(ReviewDecision.ADJUSTED, version, new BigDecimal(points), null, null, "内控评价未覆盖下属单位",
                "李审核", AT);
    }

    private static Review adjustedGrade(long version, QualitativeGrade grade, String share) {
        return new Review(ReviewDecision.ADJUSTED, version, null, grade, new BigDecimal(share), "样本不足", "李审核", AT);
    }

    private static JudgementFact selfAssessed(String points, long version, Review review) {
        return new JudgementFact(new BigDecimal(points), "自评意见", "证据文件", "部门填报人", version, review);
    }

    @Nested
    class JudgementItems {

        private final Scheme scheme = TestSchemes.singleItem("judgement", "2", Map.of());

        @Test
        void withoutADecisionTheSelfAssessedPointsCount() {
            assertThat(selfAssessed("2", 3, null).countedPoints()).isEqualByComparingTo("2");
            ItemScore item = TestSchemes.scoreItem(scheme, facts().judgement(TestSchemes.ITEM, selfAssessed("2", 3, null)).build());
            assertThat(item.score()).isEqualByComparingTo("2");
            assertThat(item.selfAssessed().points()).isEqualByComparingTo("2");
            assertThat(item.reviewed()).isNull();
        }

        @Test
        void aConfirmationKeepsTheSelfAssessedPoints() {
            ItemScore item = TestSchemes.scoreItem(scheme,
                    facts().judgement(TestSchemes.ITEM, selfAssessed("1.5", 3, confirmed(3))).build());
            assertThat(item.score()).isEqualByComparingTo("1.5");
            assertThat(item.reviewed().decision()).isEqualTo(ReviewDecision.CONFIRMED);
            assertThat(item.explanation()).endsWith("经复核确认。");
        }

        @Test
        void anAdjustmentOfTheCurrentVersionCountsTheReviewersPointsAndShowsBoth() {
            ItemScore item = TestSchemes.scoreItem(scheme,
                    facts().judgement(TestSchemes.ITEM, selfAssessed("2", 3, adjustedPoints(3, "1.5"))).build());

            assertThat(item.score()).isEqualByComparingTo("1.50");
            assertThat(item.selfAssessed().points()).isEqualByComparingTo("2");
            assertThat(item.selfAssessed().version()).isEqualTo(3);
            assertThat(item.reviewed().points()).isEqualByComparingTo("1.5");
            assertThat(item.deductions()).singleElement().satisfies(deduction -> {
                assertThat(deduction.points()).isEqualByComparingTo("0.5");
                assertThat(deduction.reason()).isEqualTo("内控评价未覆盖下属单位");
            });
            assertThat(item.explanation()).startsWith("复核调整为 1.50 分（自评 2.00 分）：内控评价未覆盖下属单位。");
        }

        @Test
        void aDecisionOnAnOlderVersionNoLongerApplies() {
            JudgementFact changed = selfAssessed("1", 4, adjustedPoints(3, "1.5"));
            assertThat(changed.currentReview()).isEmpty();
            assertThat(changed.countedPoints()).isEqualByComparingTo("1");
            ItemScore item = TestSchemes.scoreItem(scheme, facts().judgement(TestSchemes.ITEM, changed).build());
            assertThat(item.score()).isEqualByComparingTo("1");
            assertThat(item.reviewed()).isNull();
        }

        @Test
        void reviewedPointsAboveTheMaximumAreRejected() {
            assertThatThrownBy(() -> TestSchemes.scoreItem(scheme,
                    facts().judgement(TestSchemes.ITEM, selfAssessed("2", 1, adjustedPoints(1, "2.5"))).build()))
                    .isInstanceOf(InvalidFactException.class).hasMessageContaining("2.5");
        }
    }

    @Nested
    class QualitativeIndicators {

        private final Scheme scheme = TestSchemes.singleItem("indicator-group-credit", "20",
                Map.of("kinds", List.of("OUTPUT")));

        private IndicatorFact graded(long version, Review review) {
            return new IndicatorFact("Q", version, IndicatorKind.OUTPUT, "质量指标", "定性指标", Comparator.QUALITATIVE,
                    null, null, null, new BigDecimal("0.9"), QualitativeGrade.ACHIEVED, review);
        }

        private IndicatorResult scored(IndicatorFact indicator) {
            return TestSchemes.scoreItem(scheme, facts().indicator(indicator).build()).indicators().get(0);
        }

        @Test
        void anAdjustedGradeOfTheCurrentVersionIsTheCredit() {
            IndicatorFact indicator = graded(5, adjustedGrade(5, QualitativeGrade.PARTLY_ACHIEVED, "0.7"));
            assertThat(indicator.countedGrade()).isEqualTo(QualitativeGrade.PARTLY_ACHIEVED);
            assertThat(indicator.countedShare()).isEqualByComparingTo("0.7");

            IndicatorResult result = scored(indicator);
            assertThat(result.grade()).isEqualTo(QualitativeGrade.PARTLY_ACHIEVED);
            assertThat(result.met()).isFalse();
            assertThat(result.credit()).isEqualByComparingTo("0.7");
            assertThat(result.selfAssessed().grade()).isEqualTo(QualitativeGrade.ACHIEVED);
            assertThat(result.selfAssessed().share()).isEqualByComparingTo("0.9");
            assertThat(result.reviewed().grade()).isEqualTo(QualitativeGrade.PARTLY_ACHIEVED);
            assertThat(TestSchemes.scoreItem(scheme, facts().indicator(indicator).build()).score())
                    .isEqualByComparingTo("14.00");
        }

        @Test
        void aConfirmedOrOutdatedDecisionLeavesTheSelfAssessedGrade() {
            IndicatorResult confirmedResult = scored(graded(5, confirmed(5)));
            assertThat(confirmedResult.grade()).isEqualTo(QualitativeGrade.ACHIEVED);
            assertThat(confirmedResult.credit()).isEqualByComparingTo("0.9");
            assertThat(confirmedResult.reviewed().decision()).isEqualTo(ReviewDecision.CONFIRMED);

            IndicatorResult outdated = scored(graded(6, adjustedGrade(5, QualitativeGrade.NOT_ACHIEVED, "0.3")));
            assertThat(outdated.grade()).isEqualTo(QualitativeGrade.ACHIEVED);
            assertThat(outdated.credit()).isEqualByComparingTo("0.9");
            assertThat(outdated.reviewed()).isNull();
        }

        @Test
        void aReviewedShareOutsideItsGradesBandIsRejected() {
            assertThatThrownBy(() -> adjustedGrade(1, QualitativeGrade.PARTLY_ACHIEVED, "0.9"))
                    .isInstanceOf(InvalidFactException.class).hasMessageContaining("部分达成");
        }

        @Test
        void theNearestShareOfABandIsTheShareItselfOrTheNearerEnd() {
            assertThat(QualitativeGrade.PARTLY_ACHIEVED.nearestShare(new BigDecimal("0.9"))).isEqualByComparingTo("0.8");
            assertThat(QualitativeGrade.PARTLY_ACHIEVED.nearestShare(new BigDecimal("0.65"))).isEqualByComparingTo("0.65");
            assertThat(QualitativeGrade.ACHIEVED.nearestShare(new BigDecimal("0.3"))).isEqualByComparingTo("0.8");
        }
    }
}
