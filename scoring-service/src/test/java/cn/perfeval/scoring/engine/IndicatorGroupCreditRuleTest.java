package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.IndicatorKind;
import cn.perfeval.scoring.engine.facts.InvalidFactException;
import cn.perfeval.scoring.engine.facts.QualitativeGrade;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scorecard.Deduction;
import cn.perfeval.scoring.engine.scorecard.IndicatorResult;
import cn.perfeval.scoring.engine.scorecard.ItemScore;
import cn.perfeval.scoring.engine.scorecard.MissingInput;
import cn.perfeval.scoring.engine.scorecard.Scorecard;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static cn.perfeval.scoring.engine.FactsBuilder.facts;
import static cn.perfeval.scoring.engine.FactsBuilder.indicator;
import static cn.perfeval.scoring.engine.FactsBuilder.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** indicator-group-credit, worked through the national credit rules (DOMAIN.md "Indicator credit"). */
class IndicatorGroupCreditRuleTest {

    private static final Scheme OUTPUT_20 = TestSchemes.singleItem("indicator-group-credit", "20",
            Map.of("kinds", List.of("OUTPUT")));

    private static ItemScore score(IndicatorFact... indicators) {
        return score(OUTPUT_20, indicators);
    }

    private static ItemScore score(Scheme scheme, IndicatorFact... indicators) {
        FactsBuilder builder = facts();
        for (IndicatorFact indicator : indicators) {
            builder.indicator(indicator);
        }
        return TestSchemes.scoreItem(scheme, builder.build());
    }

    private static IndicatorFact out(String id, Comparator comparator, String target, String actual) {
        return indicator(id, IndicatorKind.OUTPUT, comparator, target, actual);
    }

    private static IndicatorResult only(ItemScore item) {
        assertThat(item.indicators()).hasSize(1);
        return item.indicators().get(0);
    }

    @Nested
    class HigherIsBetter {

        @Test
        void metExactlyAtTheTargetEarnsFullCredit() {
            ItemScore item = score(out("A", Comparator.GE, "100", "100"));

            assertThat(item.score()).isEqualByComparingTo("20");
            assertThat(only(item).met()).isTrue();
            assertThat(only(item).completionRate()).isEqualByComparingTo("100.00");
            assertThat(item.deductions()).isEmpty();
        }

        @Test
        void missedEarnsActualOverTargetOfItsShare() {
            // Equal shares of 10 points: 10 × 50/100 + 10 × 1 = 15.
            ItemScore item = score(out("A", Comparator.GE, "100", "50"), out("B", Comparator.GE, "10", "12"));

            assertThat(item.score()).isEqualByComparingTo("15.00");
            assertThat(item.deductions()).extracting(Deduction::recordId, Deduction::points)
                    .containsExactly(tuple("A", new BigDecimal("5.00")));
            assertThat(item.explanation()).contains("达成 1 项").contains("指标 A");
        }

        @Test
        void aMissIsStatedWithRatesToTwoDecimals() {
            // 40000 ÷ 44800 = 0.892857…: the reason shows 89.29%, not 89.2857%.
            ItemScore item = score(out("A", Comparator.GE, "44800", "40000"));

            assertThat(item.deductions()).extracting(Deduction::reason)
                    .containsExactly("指标 A 目标 ≥ 44800，实际 40000（完成 89.29%），得分率 89.29%，未达成");
        }

        @Test
        void strictGreaterThanIsNotMetByAnEqualActual() {
            ItemScore equal = score(out("A", Comparator.GT, "950", "950"));
            ItemScore above = score(out("A", Comparator.GT, "950", "951"));

            assertThat(only(equal).met()).isFalse();
            assertThat(equal.explanation()).contains("未达成").contains("目标 > 950");
            // Not met earns actual ÷ target of the credit, which at equality is all of it.
            assertThat(only(equal).credit()).isEqualByComparingTo("1");
            assertThat(equal.score()).isEqualByComparingTo("20");
            assertThat(only(above).met()).isTrue();
            assertThat(above.explanation()).doesNotContain("未达成");
        }

        @Test
        void strictGreaterThanBelowTargetEarnsTheRatio() {
            // 20 × 900 / 950 = 18.947… → 18.95
            assertThat(score(out("A", Comparator.GT, "950", "900")).score()).isEqualByComparingTo("18.95");
        }

        @Test
        void overAchievementIsNotCappedInTheRateButEarnsNoMoreThanFullCredit() {
            ItemScore item = score(out("A", Comparator.GE, "85", "105.88"));

            assertThat(only(item).completionRate()).isEqualByComparingTo("124.56");
            assertThat(only(item).credit()).isEqualByComparingTo("1");
            assertThat(item.score()).isEqualByComparingTo("20");
        }
    }

    @Nested
    class LowerIsBetter {

        @Test
        void metEarnsFullCreditAndShowsOneHundredPercent() {
            ItemScore item = score(out("A", Comparator.LE, "10", "8"));

            assertThat(item.score()).isEqualByComparingTo("20");
            assertThat(only(item).completionRate()).isEqualByComparingTo("100.00");
        }

        @Test
        void missedLosesTheOvershootShareOfTheTarget() {
            // 1 − (15 − 10)/10 = 0.5 of 20
            ItemScore item = score(out("A", Comparator.LE, "10", "15"));

            assertThat(item.score()).isEqualByComparingTo("10.00");
            // Default rate for a missed lower-is-better indicator: target ÷ actual × 100.
            assertThat(only(item).completionRate()).isEqualByComparingTo("66.67");
        }

        @Test
        void reachesZeroAtTwiceTheTargetAndStaysThere() {
            assertThat(score(out("A", Comparator.LE, "10", "19.99")).score()).isEqualByComparingTo("0.02");
            assertThat(score(out("A", Comparator.LE, "10", "20")).score()).isEqualByComparingTo("0");
            assertThat(score(out("A", Comparator.LE, "10", "35")).score()).isEqualByComparingTo("0");
        }

        @Test
        void strictLessThanIsNotMetByAnEqualActual() {
            ItemScore item = score(out("A", Comparator.LT, "10", "10"));

            assertThat(only(item).met()).isFalse();
            assertThat(item.score()).isEqualByComparingTo("20");
        }
    }

    @Nested
    class Edges {

        @Test
        void zeroTargetsAreScoredWithoutDividingByZero() {
            assertThat(score(out("A", Comparator.GE, "0", "0")).score()).isEqualByComparingTo("20");
            assertThat(only(score(out("A", Comparator.GE, "0", "0"))).completionRate()).isNull();
            assertThat(score(out("A", Comparator.GT, "0", "0")).score()).isEqualByComparingTo("0");
            assertThat(score(out("A", Comparator.GT, "0", "1")).score()).isEqualByComparingTo("20");
            assertThat(score(out("A", Comparator.LE, "0", "0")).score()).isEqualByComparingTo("20");
            assertThat(score(out("A", Comparator.LE, "0", "5")).score()).isEqualByComparingTo("0");
            assertThat(score(out("A", Comparator.LT, "0", "0")).score()).isEqualByComparingTo("0");
            assertThat(score(out("A", Comparator.EQ, "0", "0")).score()).isEqualByComparingTo("20");
        }

        @Test
        void aNegativeActualCountsAsZero() {
            assertThat(score(out("A", Comparator.GE, "100", "-5")).score()).isEqualByComparingTo("0");
            assertThat(score(out("A", Comparator.LE, "10", "-3")).score()).isEqualByComparingTo("20");
            // The actual is shown as reported.
            assertThat(only(score(out("A", Comparator.GE, "100", "-5"))).actual()).isEqualByComparingTo("-5");
        }

        @Test
        void aMissingActualMakesTheItemIncompleteWithoutCountingAsADeduction() {
            Scorecard scorecard = ScoringEngine.score(OUTPUT_20, facts()
                    .indicator(out("A", Comparator.GE, "100", "100"))
                    .indicator(out("B", Comparator.GE, "100", null))
                    .build());
            ItemScore item = scorecard.item(TestSchemes.ITEM);

            assertThat(item.complete()).isFalse();
            assertThat(scorecard.complete()).isFalse();
            assertThat(scorecard.missing()).extracting(MissingInput::itemCode, MissingInput::key)
                    .contains(tuple(TestSchemes.ITEM, "indicator:B"));
            // Only A's half of the points is earned so far; B's half is withheld, not deducted.
            assertThat(item.score()).isEqualByComparingTo("10.00");
            assertThat(item.deductions()).isEmpty();
            assertThat(item.inputs()).extracting(input -> input.key()).containsExactly("indicator:A");
            assertThat(item.indicators()).filteredOn(IndicatorResult::missing).extracting(IndicatorResult::id)
                    .containsExactly("B");
        }

        @Test
        void aGroupWithoutIndicatorsIsIncomplete() {
            Scorecard scorecard = ScoringEngine.score(OUTPUT_20,
                    facts().indicator(indicator("X", IndicatorKind.BENEFIT, Comparator.GE, "1", "1")).build());

            assertThat(scorecard.item(TestSchemes.ITEM).complete()).isFalse();
            assertThat(scorecard.item(TestSchemes.ITEM).score()).isEqualByComparingTo("0");
            assertThat(scorecard.missing()).extracting(MissingInput::key).contains("indicator:output");
        }

        @Test
        void onlyTheNamedKindsAreScored() {
            ItemScore item = score(out("A", Comparator.GE, "100", "100"),
                    indicator("B", IndicatorKind.BENEFIT, Comparator.GE, "100", "0"));

            assertThat(item.score()).isEqualByComparingTo("20");
            assertThat(item.indicators()).extracting(IndicatorResult::id).containsExactly("A");
        }
    }

    @Nested
    class Equality {

        private final Scheme tolerant = TestSchemes.singleItem("indicator-group-credit", "20",
                Map.of("kinds", List.of("OUTPUT"), "equalTolerance", new BigDecimal("0.05")));

        @Test
        void withinTheToleranceIsMetOutsideEarnsNothingByDefault() {
            assertThat(score(tolerant, out("A", Comparator.EQ, "100", "105")).score()).isEqualByComparingTo("20");
            assertThat(score(tolerant, out("A", Comparator.EQ, "100", "95")).score()).isEqualByComparingTo("20");
            assertThat(score(tolerant, out("A", Comparator.EQ, "100", "105.01")).score()).isEqualByComparingTo("0");
            assertThat(score(out("A", Comparator.EQ, "100", "100.01")).score()).isEqualByComparingTo("0");
        }

        @Test
        void theDeviationPolicyEarnsOneMinusTheRelativeDeviation() {
            Scheme deviation = TestSchemes.singleItem("indicator-group-credit", "20",
                    Map.of("kinds", List.of("OUTPUT"), "equalMiss", "deviation"));

            assertThat(score(deviation, out("A", Comparator.EQ, "100", "110")).score()).isEqualByComparingTo("18.00");
            assertThat(score(deviation, out("A", Comparator.EQ, "100", "250")).score()).isEqualByComparingTo("0");
        }
    }

    @Nested
    class Qualitative {

        private IndicatorFact graded(String share, QualitativeGrade grade) {
            return new IndicatorFact("Q", 1, IndicatorKind.OUTPUT, "质量指标", "定性指标", Comparator.QUALITATIVE,
                    null, null, null, share == null ? null : new BigDecimal(share), grade);
        }

        @Test
        void theReviewersShareIsTheCredit() {
            assertThat(score(graded("0.9", QualitativeGrade.ACHIEVED)).score()).isEqualByComparingTo("18.00");
            ItemScore partly = score(graded("0.7", QualitativeGrade.PARTLY_ACHIEVED));
            assertThat(partly.score()).isEqualByComparingTo("14.00");
            assertThat(only(partly).met()).isFalse();
            assertThat(score(graded("0.8", QualitativeGrade.ACHIEVED)).score()).isEqualByComparingTo("16.00");
        }

        @Test
        void aShareOutsideItsGradesBandIsRejected() {
            assertThatThrownBy(() -> graded("0.75", QualitativeGrade.ACHIEVED))
                    .isInstanceOf(InvalidFactException.class)
                    .hasMessageContaining("indicators[Q].qualitativeShare")
                    .hasMessageContaining("达成");
            assertThatThrownBy(() -> graded("0.85", QualitativeGrade.PARTLY_ACHIEVED))
                    .isInstanceOf(InvalidFactException.class);
            assertThatThrownBy(() -> graded("0.61", QualitativeGrade.NOT_ACHIEVED))
                    .isInstanceOf(InvalidFactException.class);
            assertThatThrownBy(() -> graded("1.2", null)).isInstanceOf(InvalidFactException.class);
        }

        @Test
        void anAchievedGradeBelowTheFullShareStillEntersTheLedger() {
            ItemScore item = score(graded("0.85", QualitativeGrade.ACHIEVED));

            assertThat(only(item).met()).isTrue();
            assertThat(item.score()).isEqualByComparingTo("17.00");
            assertThat(item.deductions()).extracting(Deduction::recordId, Deduction::points)
                    .containsExactly(tuple("Q", new BigDecimal("3.00")));
        }

        /** The grade says what it is; "部分达成，得分比例 0.7，未达成" said it twice and showed a bare share. */
        @Test
        void aPartlyAchievedGradeIsStatedOnceWithItsShareAsARate() {
            ItemScore item = score(graded("0.7", QualitativeGrade.PARTLY_ACHIEVED));

            assertThat(item.deductions()).extracting(Deduction::reason)
                    .containsExactly("定性指标 部分达成，得分比例 70.00%");
        }

        @Test
        void noGradeYetIsMissing() {
            ItemScore item = score(graded(null, null));

            assertThat(item.complete()).isFalse();
            assertThat(item.score()).isEqualByComparingTo("0");
        }
    }

    @Nested
    class Weights {

        @Test
        void weightsApplyWhenEveryIndicatorCarriesOne() {
            // 20 × (3 × 1 + 1 × 0.5) / 4 = 17.5
            ItemScore item = score(weighted("A", Comparator.GE, "10", "10", "3"), weighted("B", Comparator.GE, "10", "5", "1"));

            assertThat(item.score()).isEqualByComparingTo("17.50");
            assertThat(item.complete()).isTrue();
            assertThat(item.explanation()).contains("按权重");
        }

        @Test
        void partlyWeightedGroupsFallBackToEqualSharesAndAskForTheMissingWeights() {
            ItemScore item = score(weighted("A", Comparator.GE, "10", "10", "3"), out("B", Comparator.GE, "10", "5"));

            assertThat(item.score()).isEqualByComparingTo("15.00");
            assertThat(item.complete()).isFalse();
            assertThat(item.explanation()).contains("等权");
        }

        @Test
        void theLedgerSplitsTheLostPointsByWhatEachIndicatorLost() {
            // 20 × (2/3 + 1/3 + 1)/3 = 13.333… → 13.33; lost 6.67 shared 2:1 = 4.446… + 2.223…, the leftover cent to the larger remainder (A).
            ItemScore item = score(out("A", Comparator.GE, "3", "1"), out("B", Comparator.GE, "3", "2"),
                    out("C", Comparator.GE, "3", "3"));

            assertThat(item.score()).isEqualByComparingTo("13.33");
            assertThat(item.deductions()).extracting(Deduction::recordId).containsExactly("A", "B");
            assertThat(item.deductions().stream().map(Deduction::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("6.67");
            assertThat(item.deductions().get(0).points()).isEqualByComparingTo("4.45");
            assertThat(item.deductions().get(1).points()).isEqualByComparingTo("2.22");
        }
    }

    @Test
    void farOverAchievementIsFlaggedWithoutChangingTheScore() {
        Scheme flagging = TestSchemes.singleItem("indicator-group-credit", "20",
                Map.of("kinds", List.of("OUTPUT"), "flagAbovePercent", new BigDecimal("150")));

        ItemScore item = score(flagging, out("A", Comparator.GE, "100", "151"), out("B", Comparator.GE, "100", "150"));

        assertThat(item.indicators()).extracting(IndicatorResult::id, IndicatorResult::flagged)
                .containsExactly(tuple("A", true), tuple("B", false));
        assertThat(item.score()).isEqualByComparingTo("20");
        assertThat(item.explanation()).contains("偏离度");
    }
}
