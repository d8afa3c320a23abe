package cn.perfeval.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletionEvaluatorTest {

    private final CompletionEvaluator evaluator = new CompletionEvaluator(CompletionPolicy.DEFAULT);

    private Completion evaluate(String target, String actual) {
        return evaluator.evaluate(MeasuredValue.parseTarget(target), MeasuredValue.parseActual(actual));
    }

    /** 表1 and 表2 of the seed report: 年度指标值, 完成指标值, 完成情况（%）. All were met with full marks. */
    @ParameterizedTest
    @CsvSource({
            "60万人,         60万人,         100.00",
            "530万人,        534.89万人,     100.92",
            "＞6500万,       7398万,         113.82",
            "4.48万笔,       5.18万笔,       115.63",
            "＞950,          961个,          101.16",
            "≥85%,           105.88%,        124.56",
            "≥99%,           99.45%,         100.45",
            "≥99%,           100.00%,        101.01",
            "＞90%,          93.64%,         104.04",
            "411.30万平方米, 491.72万平方米, 119.55",
            "≥90%,           100%,           111.11"})
    void theSeedsCompletionRates(String target, String actual, String rate) {
        Completion completion = evaluate(target, actual);

        assertThat(completion.ratePercent()).isEqualTo(new BigDecimal(rate));
        assertThat(completion.status()).isEqualTo(CompletionStatus.MET);
        assertThat(completion.creditShare()).isEqualByComparingTo("1");
    }

    @Nested
    class HigherIsBetter {

        @Test
        void strictGreaterThanMetExactlyIsNotMet() {
            Completion completion = evaluate("＞90%", "90%");

            assertThat(completion.status()).isEqualTo(CompletionStatus.NOT_MET);
            assertThat(completion.ratePercent()).isEqualTo(new BigDecimal("100.00"));
            // The national formula gives actual ÷ target of the credit when not met, which is all of it here.
            assertThat(completion.creditShare()).isEqualByComparingTo("1");
        }

        @Test
        void atLeastMetExactlyIsMet() {
            assertThat(evaluate("≥90%", "90%").status()).isEqualTo(CompletionStatus.MET);
        }

        @Test
        void notMetEarnsActualOverTarget() {
            Completion completion = evaluate("≥90%", "45%");

            assertThat(completion.status()).isEqualTo(CompletionStatus.NOT_MET);
            assertThat(completion.ratePercent()).isEqualTo(new BigDecimal("50.00"));
            assertThat(completion.creditShare()).isEqualByComparingTo("0.5");
        }

        @Test
        void theRateIsNotCappedAndRoundsHalfUp() {
            // 5.18 / 4.48 = 1.15625 exactly: HALF_UP gives 115.63 where HALF_EVEN would give 115.62.
            assertThat(evaluate("4.48万笔", "5.18万笔").ratePercent()).isEqualTo(new BigDecimal("115.63"));
            assertThat(evaluate("≥10%", "30%").ratePercent()).isEqualTo(new BigDecimal("300.00"));
        }

        @Test
        void magnitudesAreComparedOnOneScale() {
            assertThat(evaluate("530万人", "5348900人").ratePercent()).isEqualTo(new BigDecimal("100.92"));
        }
    }

    @Nested
    class LowerIsBetter {

        @Test
        void metShowsOneHundredPercentAndFullCredit() {
            Completion completion = evaluate("≤30天", "20天");

            assertThat(completion.status()).isEqualTo(CompletionStatus.MET);
            assertThat(completion.ratePercent()).isEqualTo(new BigDecimal("100.00"));
            assertThat(completion.creditShare()).isEqualByComparingTo("1");
        }

        @Test
        void atMostMetExactlyIsMetButStrictlyLessIsNot() {
            assertThat(evaluate("≤30天", "30天").status()).isEqualTo(CompletionStatus.MET);
            Completion strict = evaluate("<30天", "30天");
            assertThat(strict.status()).isEqualTo(CompletionStatus.NOT_MET);
            assertThat(strict.creditShare()).isEqualByComparingTo("1");
        }

        @Test
        void missedShowsTargetOverActualAndLosesTheExcessShare() {
            Completion completion = evaluate("≤30天", "40天");

            assertThat(completion.status()).isEqualTo(CompletionStatus.NOT_MET);
            assertThat(completion.ratePercent()).isEqualTo(new BigDecimal("75.00"));
            // 1 − (40 − 30) ÷ 30 = 2/3
            assertThat(completion.creditShare()).isEqualByComparingTo("0.6666666667");
        }

        @ParameterizedTest
        @CsvSource({"60天", "75天"})
        void twiceTheTargetOrMoreEarnsNothing(String actual) {
            assertThat(evaluate("≤30天", actual).creditShare()).isEqualByComparingTo("0");
        }

        @Test
        void aSchemeMayShowTheRawRatioInstead() {
            CompletionEvaluator raw = new CompletionEvaluator(
                    new CompletionPolicy(BigDecimal.ZERO, LowerIsBetterRate.ACTUAL_OVER_TARGET));

            Completion completion = raw.evaluate(MeasuredValue.parseTarget("≤30天"), MeasuredValue.parseActual("20天"));

            assertThat(completion.ratePercent()).isEqualTo(new BigDecimal("66.67"));
            assertThat(completion.status()).isEqualTo(CompletionStatus.MET);
        }
    }

    @Nested
    class Equality {

        @Test
        void exactWithoutTolerance() {
            assertThat(evaluate("=100%", "100%").status()).isEqualTo(CompletionStatus.MET);
            Completion missed = evaluate("=100%", "99%");
            assertThat(missed.status()).isEqualTo(CompletionStatus.NOT_MET);
            assertThat(missed.ratePercent()).isEqualTo(new BigDecimal("99.00"));
            assertThat(missed.creditShare()).isEqualByComparingTo("0");
        }

        @Test
        void withinARelativeTolerance() {
            CompletionEvaluator tolerant = new CompletionEvaluator(
                    new CompletionPolicy(new BigDecimal("0.02"), LowerIsBetterRate.TARGET_OVER_ACTUAL));

            assertThat(tolerant.evaluate(MeasuredValue.parseTarget("=100%"), MeasuredValue.parseActual("98%"))
                    .status()).isEqualTo(CompletionStatus.MET);
            assertThat(tolerant.evaluate(MeasuredValue.parseTarget("=100%"), MeasuredValue.parseActual("102%"))
                    .status()).isEqualTo(CompletionStatus.MET);
            assertThat(tolerant.evaluate(MeasuredValue.parseTarget("=100%"), MeasuredValue.parseActual("97.9%"))
                    .status()).isEqualTo(CompletionStatus.NOT_MET);
        }
    }

    @Nested
    class EdgeCases {

        @Test
        void aMissingActualIsMissingNotZero() {
            Completion completion = evaluator.evaluate(MeasuredValue.parseTarget("≥90%"), null);

            assertThat(completion.status()).isEqualTo(CompletionStatus.MISSING);
            assertThat(completion.isMissing()).isTrue();
            assertThat(completion.ratePercent()).isNull();
            assertThat(completion.creditShare()).isNull();
            assertThat(evaluate("≥90%", "0%").status()).isEqualTo(CompletionStatus.NOT_MET);
        }

        @Test
        void aNegativeActualCountsAsZero() {
            Completion higher = evaluate("≥90%", "-5%");
            Completion lower = evaluate("≤30天", "-3天");

            assertThat(higher.ratePercent()).isEqualTo(new BigDecimal("0.00"));
            assertThat(higher.creditShare()).isEqualByComparingTo("0");
            assertThat(higher.notes()).containsExactly(CompletionNote.NEGATIVE_ACTUAL_COUNTED_AS_ZERO);
            assertThat(lower.status()).isEqualTo(CompletionStatus.MET);
            assertThat(lower.notes()).contains(CompletionNote.NEGATIVE_ACTUAL_COUNTED_AS_ZERO);
        }

        @ParameterizedTest
        @CsvSource({
                "≤0件, 0件, MET,     100.00, 1",
                "≤0件, 2件, NOT_MET, 0.00,   0",
                "<0件, 0件, NOT_MET, 0.00,   0",
                "≥0个, 0个, MET,     100.00, 1",
                "＞0个, 0个, NOT_MET, 0.00,  0",
                "＞0个, 3个, MET,     100.00, 1",
                "=0个, 0个, MET,     100.00, 1",
                "=0个, 1个, NOT_MET, 0.00,   0"})
        void aZeroTargetNeedsNoDivision(String target, String actual, CompletionStatus status, String rate,
                                        String share) {
            assertThatCode(() -> evaluate(target, actual)).doesNotThrowAnyException();
            Completion completion = evaluate(target, actual);

            assertThat(completion.status()).isEqualTo(status);
            assertThat(completion.ratePercent()).isEqualTo(new BigDecimal(rate));
            assertThat(completion.creditShare()).isEqualByComparingTo(share);
            assertThat(completion.notes()).contains(CompletionNote.ZERO_TARGET_NO_RATIO);
        }

        @Test
        void unitMismatchIsRejected() {
            assertThatThrownBy(() -> evaluate("≥85%", "60万人")).isInstanceOf(UnitMismatchException.class);
        }

        @Test
        void anActualPassedAsTargetIsAProgrammingError() {
            MeasuredValue actual = MeasuredValue.parseActual("90%");

            assertThatThrownBy(() -> evaluator.evaluate(actual, actual))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Qualitative {

        private final MeasuredValue target = MeasuredValue.parseTarget("达成");

        @ParameterizedTest
        @CsvSource({
                "ACHIEVED,        0.9, MET,     90.00",
                "ACHIEVED,        1,   MET,     100.00",
                "ACHIEVED,        0.8, MET,     80.00",
                "PARTLY_ACHIEVED, 0.8, NOT_MET, 80.00",
                "PARTLY_ACHIEVED, 0.6, NOT_MET, 60.00",
                "NOT_ACHIEVED,    0.6, NOT_MET, 60.00",
                "NOT_ACHIEVED,    0,   NOT_MET, 0.00"})
        void aGradeWithAShareInsideItsBand(Grade grade, String share, CompletionStatus status, String rate) {
            Completion completion = evaluator.evaluateGraded(target, grade, new BigDecimal(share));

            assertThat(completion.status()).isEqualTo(status);
            assertThat(completion.grade()).isEqualTo(grade);
            assertThat(completion.creditShare()).isEqualByComparingTo(share);
            assertThat(completion.ratePercent()).isEqualTo(new BigDecimal(rate));
        }

        @ParameterizedTest
        @CsvSource({"ACHIEVED, 0.79", "ACHIEVED, 1.01", "PARTLY_ACHIEVED, 0.81", "PARTLY_ACHIEVED, 0.59",
                "NOT_ACHIEVED, 0.61", "NOT_ACHIEVED, -0.1"})
        void aShareOutsideTheBandIsRejected(Grade grade, String share) {
            assertThatThrownBy(() -> evaluator.evaluateGraded(target, grade, new BigDecimal(share)))
                    .isInstanceOf(ShareOutOfBandException.class)
                    .hasMessageContaining(grade.label())
                    .hasMessageContaining(share);
        }

        @Test
        void gradesReadFromTheirLabels() {
            assertThat(Grade.fromLabel("部分 达成")).contains(Grade.PARTLY_ACHIEVED);
            assertThat(Grade.fromLabel("未达成")).contains(Grade.NOT_ACHIEVED);
            assertThat(Grade.fromLabel("优秀")).isEmpty();
        }

        @Test
        void numbersAndGradesDoNotMix() {
            MeasuredValue numeric = MeasuredValue.parseTarget("≥90%");

            assertThatThrownBy(() -> evaluator.evaluateGraded(numeric, Grade.ACHIEVED, BigDecimal.ONE))
                    .isInstanceOf(UnitMismatchException.class);
            assertThatThrownBy(() -> evaluator.evaluate(target, MeasuredValue.parseActual("100%")))
                    .isInstanceOf(UnitMismatchException.class);
            assertThatThrownBy(() -> evaluator.evaluate(target, MeasuredValue.parseActual("已达成")))
                    .isInstanceOf(UnitMismatchException.class)
                    .hasMessageContaining("grade");
        }

        @Test
        void aQualitativeIndicatorWithoutVerdictIsMissing() {
            assertThat(evaluator.evaluate(target, null).status()).isEqualTo(CompletionStatus.MISSING);
        }
    }
}
