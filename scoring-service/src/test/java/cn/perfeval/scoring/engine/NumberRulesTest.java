package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.SourceRef;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scorecard.Deduction;
import cn.perfeval.scoring.engine.scorecard.ItemScore;
import cn.perfeval.scoring.engine.scorecard.MissingInput;
import cn.perfeval.scoring.engine.scorecard.Scorecard;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static cn.perfeval.scoring.engine.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** proportional-to-rate and threshold: the rules that read figures. */
class NumberRulesTest {

    private static final String RATE = FactCatalog.AVERAGE_EXECUTION_RATE;

    @Nested
    class ProportionalToRate {

        private final Scheme tenPoints = TestSchemes.singleItem("proportional-to-rate", "10", Map.of("fact", RATE));

        private ItemScore withRate(Scheme scheme, String rate) {
            return TestSchemes.scoreItem(scheme, facts().number(RATE, rate).build());
        }

        @Test
        void pointsAreTheMaxTimesTheRate() {
            // The seed: 10 × 95.40% = 9.54.
            ItemScore item = withRate(tenPoints, "95.40");

            assertThat(item.score()).isEqualByComparingTo("9.54");
            assertThat(item.inputs()).extracting(input -> input.key(), input -> input.value())
                    .containsExactly(tuple(RATE, "95.40"));
            assertThat(item.inputs().get(0).sources()).containsExactly(new SourceRef("test-source", RATE + "#src", 3));
            assertThat(item.deductions()).extracting(Deduction::recordId, Deduction::points)
                    .containsExactly(tuple(RATE + "#src", new BigDecimal("0.46")));
        }

        @Test
        void roundsHalfUpToTwoDecimals() {
            // 10 × 95.45% = 9.545 → 9.55 (HALF_EVEN would give 9.54).
            assertThat(withRate(tenPoints, "95.45").score()).isEqualByComparingTo("9.55");
            assertThat(withRate(tenPoints, "95.449").score()).isEqualByComparingTo("9.54");
        }

        @Test
        void theRateIsCappedAndANegativeRateCountsAsZero() {
            assertThat(withRate(tenPoints, "100").score()).isEqualByComparingTo("10");
            assertThat(withRate(tenPoints, "120").score()).isEqualByComparingTo("10");
            assertThat(withRate(tenPoints, "120").deductions()).isEmpty();
            assertThat(withRate(tenPoints, "-3").score()).isEqualByComparingTo("0");
        }

        @Test
        void fullCreditCanBeReachedBelowOneHundredPercent() {
            Scheme fullAt95 = TestSchemes.singleItem("proportional-to-rate", "10",
                    Map.of("fact", RATE, "fullCreditAt", new BigDecimal("95")));

            assertThat(withRate(fullAt95, "95").score()).isEqualByComparingTo("10");
            assertThat(withRate(fullAt95, "47.5").score()).isEqualByComparingTo("5");
        }

        @Test
        void aMissingRateIsListedAndTheItemIncomplete() {
            Scorecard scorecard = ScoringEngine.score(tenPoints, facts().build());

            assertThat(scorecard.item(TestSchemes.ITEM).complete()).isFalse();
            assertThat(scorecard.item(TestSchemes.ITEM).score()).isEqualByComparingTo("0");
            assertThat(scorecard.item(TestSchemes.ITEM).deductions()).isEmpty();
            assertThat(scorecard.missing()).extracting(MissingInput::itemCode, MissingInput::key)
                    .contains(tuple(TestSchemes.ITEM, RATE));
        }
    }

    @Nested
    class Threshold {

        private static final String UTILISATION = FactCatalog.FIXED_ASSET_UTILISATION_RATE;
        private static final String CARRY_OVER = FactCatalog.CARRY_OVER_RATE;
        private static final String ACTUAL = FactCatalog.THREE_PUBLIC_EXPENSES_ACTUAL;
        private static final String BUDGETED = FactCatalog.THREE_PUBLIC_EXPENSES_BUDGETED;

        private final Scheme atLeast90 = TestSchemes.singleItem("threshold", "2",
                Map.of("fact", UTILISATION, "direction", "at-least", "threshold", new BigDecimal("90")));
        private final Scheme carryOver = TestSchemes.singleItem("threshold", "2", Map.of("fact", CARRY_OVER,
                "direction", "at-most", "threshold", BigDecimal.ZERO, "falloffWidth", new BigDecimal("20")));
        private final Scheme withinBudget = TestSchemes.singleItem("threshold", "2",
                Map.of("fact", ACTUAL, "direction", "at-most", "thresholdFact", BUDGETED));

        @Test
        void exactlyAtTheThresholdEarnsFullPoints() {
            assertThat(TestSchemes.scoreItem(atLeast90, facts().number(UTILISATION, "90").build()).score())
                    .isEqualByComparingTo("2");
            assertThat(TestSchemes.scoreItem(atLeast90, facts().number(UTILISATION, "89.99").build()).score())
                    .isEqualByComparingTo("0");
        }

        @Test
        void aFalloffWidthGivesALinearDecline() {
            assertThat(TestSchemes.scoreItem(carryOver, facts().number(CARRY_OVER, "0").build()).score())
                    .isEqualByComparingTo("2");
            assertThat(TestSchemes.scoreItem(carryOver, facts().number(CARRY_OVER, "10").build()).score())
                    .isEqualByComparingTo("1");
            assertThat(TestSchemes.scoreItem(carryOver, facts().number(CARRY_OVER, "20").build()).score())
                    .isEqualByComparingTo("0");
            assertThat(TestSchemes.scoreItem(carryOver, facts().number(CARRY_OVER, "35").build()).score())
                    .isEqualByComparingTo("0");
        }

        @Test
        void comparingTwoFactsDecidesOnTheExactAmounts() {
            // The seed: "三公" 9.49 ≤ 9.50. One cent over the budget loses the item.
            ItemScore within = TestSchemes.scoreItem(withinBudget, facts().number(ACTUAL, "9.49").number(BUDGETED, "9.50").build());
            ItemScore equal = TestSchemes.scoreItem(withinBudget, facts().number(ACTUAL, "9.50").number(BUDGETED, "9.50").build());
            ItemScore over = TestSchemes.scoreItem(withinBudget, facts()
                    .number(ACTUAL, "9.51", new SourceRef("final-accounts", "FA-2023", 4))
                    .number(BUDGETED, "9.50").build());

            assertThat(within.score()).isEqualByComparingTo("2");
            assertThat(equal.score()).isEqualByComparingTo("2");
            assertThat(over.score()).isEqualByComparingTo("0");
            assertThat(over.deductions()).extracting(Deduction::recordId, Deduction::points)
                    .containsExactly(tuple("FA-2023", new BigDecimal("2.00")));
            // (9.51 − 9.50) ÷ 9.50 = 0.105…% shown as the control rate.
            assertThat(over.explanation()).contains("= 0.11%");
            assertThat(within.inputs()).extracting(input -> input.key()).containsExactly(ACTUAL, BUDGETED);
        }

        @Test
        void aMissingThresholdFactMakesTheItemIncomplete() {
            Scorecard scorecard = ScoringEngine.score(withinBudget, facts().number(ACTUAL, "9.49").build());

            assertThat(scorecard.item(TestSchemes.ITEM).complete()).isFalse();
            assertThat(scorecard.item(TestSchemes.ITEM).inputs()).extracting(input -> input.key()).containsExactly(ACTUAL);
            assertThat(scorecard.missing()).extracting(MissingInput::key).contains(BUDGETED);
        }
    }
}
