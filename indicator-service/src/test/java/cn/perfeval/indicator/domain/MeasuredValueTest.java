package cn.perfeval.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasuredValueTest {

    @Nested
    class SeedForms {

        @Test
        void aStrictTargetWithAMagnitudeAndNoUnit() {
            MeasuredValue value = MeasuredValue.parseTarget("＞6500万");

            assertThat(value.comparator()).isEqualTo(Comparison.GT);
            assertThat(value.number()).isEqualTo(new BigDecimal("6500"));
            assertThat(value.unit()).isEqualTo(new Unit(Magnitude.WAN, ""));
            assertThat(value.normalized()).isEqualByComparingTo("65000000");
            assertThat(value.text()).isEqualTo("＞6500万");
        }

        @Test
        void aPercentageTarget() {
            MeasuredValue value = MeasuredValue.parseTarget("≥85%");

            assertThat(value.comparator()).isEqualTo(Comparison.GE);
            assertThat(value.number()).isEqualTo(new BigDecimal("85"));
            assertThat(value.unit().isPercent()).isTrue();
            assertThat(value.unit().magnitude()).isEqualTo(Magnitude.ONE);
        }

        @Test
        void aBareTargetMeansAtLeastAndKeepsTheMagnitudeApartFromTheUnit() {
            MeasuredValue value = MeasuredValue.parseTarget("60万人");

            assertThat(value.comparator()).isEqualTo(Comparison.GE);
            assertThat(value.number()).isEqualTo(new BigDecimal("60"));
            assertThat(value.unit()).isEqualTo(new Unit(Magnitude.WAN, "人"));
            assertThat(value.normalized()).isEqualByComparingTo("600000");
        }

        @Test
        void decimalsAreKeptExactly() {
            assertThat(MeasuredValue.parseTarget("4.48万笔").normalized()).isEqualTo(new BigDecimal("44800"));
            MeasuredValue area = MeasuredValue.parseTarget("411.30万平方米");
            assertThat(area.number()).isEqualTo(new BigDecimal("411.30"));
            assertThat(area.number().scale()).isEqualTo(2);
            assertThat(area.unit()).isEqualTo(new Unit(Magnitude.WAN, "平方米"));
            assertThat(area.normalized()).isEqualByComparingTo("4113000");
        }

        @Test
        void aBareCountTarget() {
            MeasuredValue value = MeasuredValue.parseTarget("＞950");

            assertThat(value.comparator()).isEqualTo(Comparison.GT);
            assertThat(value.unit()).isEqualTo(Unit.NONE);
        }

        @ParameterizedTest
        @CsvSource({
                "961个,      961,     '',  个",
                "7398万,     7398,    万,  ''",
                "105.88%,    105.88,  '',  %",
                "100%,       100,     '',  %",
                "534.89万人, 534.89,  万,  人",
                "5.18万笔,   5.18,    万,  笔"})
        void actualsCarryNoComparator(String text, String number, String magnitude, String base) {
            MeasuredValue value = MeasuredValue.parseActual(text);

            assertThat(value.comparator()).isEqualTo(Comparison.NONE);
            assertThat(value.number()).isEqualTo(new BigDecimal(number));
            assertThat(value.unit().magnitude().symbol()).isEqualTo(magnitude);
            assertThat(value.unit().base()).isEqualTo(base);
        }

        @Test
        void sixtyWanPeopleCompareWithTheSameNumberOfPeopleWrittenOut() {
            assertThat(MeasuredValue.parseActual("600000人").normalized())
                    .isEqualByComparingTo(MeasuredValue.parseTarget("60万人").normalized());
        }
    }

    @Nested
    class Notation {

        @ParameterizedTest
        @CsvSource({
                "'>90%', GT", "'＞90%', GT", "'>=90%', GE", "'≥90%', GE", "'≧90%', GE", "'＞＝90%', GE",
                "'<90%', LT", "'＜90%', LT", "'<=90%', LE", "'≤90%', LE", "'＜＝90%', LE", "'=90%', EQ", "'＝90%', EQ",
                "'不低于90%', GE", "'90%以上', GE", "'90%及以上', GE", "'超过90%', GT", "'不超过30天', LE",
                "'30天以内', LE", "'低于5%', LT", "'等于100%', EQ"})
        void comparatorsInHalfAndFullWidthAndWords(String text, Comparison expected) {
            MeasuredValue value = MeasuredValue.parseTarget(text);

            assertThat(value.comparator()).isEqualTo(expected);
            assertThat(value.number()).isIn(new BigDecimal("90"), new BigDecimal("30"), new BigDecimal("5"),
                    new BigDecimal("100"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"21,443.80万元", "21，443.80万元", "２１,４４３．８０万元", " 21,443.80 万元 "})
        void thousandsSeparatorsAndFullWidthDigits(String text) {
            MeasuredValue value = MeasuredValue.parseActual(text);

            assertThat(value.number()).isEqualTo(new BigDecimal("21443.80"));
            assertThat(value.unit()).isEqualTo(new Unit(Magnitude.WAN, "元"));
        }

        @Test
        void whitespaceAndLineBreaksAnywhereAreIgnoredButTheTextIsKeptVerbatim() {
            MeasuredValue wrapped = MeasuredValue.parseActual("491.72万平\n方米");
            MeasuredValue spaced = MeasuredValue.parseTarget("\u3000≥ 85 ％ ");

            assertThat(wrapped.unit()).isEqualTo(new Unit(Magnitude.WAN, "平方米"));
            assertThat(wrapped.text()).isEqualTo("491.72万平\n方米");
            assertThat(spaced.comparator()).isEqualTo(Comparison.GE);
            assertThat(spaced.unit().isPercent()).isTrue();
            assertThat(spaced.text()).isEqualTo("\u3000≥ 85 ％ ");
        }

        @Test
        void unitAliasesAndRates() {
            assertThat(MeasuredValue.parseActual("491.72万㎡").unit()).isEqualTo(new Unit(Magnitude.WAN, "平方米"));
            assertThat(MeasuredValue.parseTarget("≥2次/年").unit().base()).isEqualTo("次/年");
            assertThat(MeasuredValue.parseTarget("≥100Mbps").unit().base()).isEqualTo("Mbps");
            assertThat(MeasuredValue.parseActual("1.2亿元").normalized()).isEqualByComparingTo("120000000");
        }

        @ParameterizedTest
        @ValueSource(strings = {"达成", "好", "有效提升", "不低于去年"})
        void textWithoutANumberIsQualitative(String text) {
            MeasuredValue value = MeasuredValue.parseTarget(text);

            assertThat(value.comparator()).isEqualTo(Comparison.QUALITATIVE);
            assertThat(value.isQualitative()).isTrue();
            assertThat(value.number()).isNull();
            assertThat(value.text()).isEqualTo(text);
            assertThatThrownBy(value::normalized).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void anActualMayBeNegative() {
            assertThat(MeasuredValue.parseActual("－4.55%").number()).isEqualTo(new BigDecimal("-4.55"));
        }
    }

    @Nested
    class Rejections {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "约60万人      | expected a number but found '约60万人'",
                "12月底前完成  | unknown unit '月底前完成'",
                "≥85%%         | unknown unit '%%'",
                "1,2345        | malformed number",
                "1.2.3%        | malformed number",
                "≥             | a comparator without a number",
                "≥良好         | a comparator without a number",
                "≥95%以上      | two comparators",
                "-5%           | a target cannot be negative",
                "'   '         | the value is blank",
                "1234567890123456789012345678901 | more than 30 digits"})
        void unreadableTargetsNameTheTextAndTheReason(String text, String reason) {
            assertThatThrownBy(() -> MeasuredValue.parseTarget(text))
                    .isInstanceOf(ValueFormatException.class)
                    .hasMessageContaining("'" + text + "'")
                    .hasMessageContaining(reason)
                    .satisfies(e -> assertThat(((ValueFormatException) e).text()).isEqualTo(text));
        }

        @Test
        void anActualCannotCarryAComparator() {
            assertThatThrownBy(() -> MeasuredValue.parseActual("≥99%"))
                    .isInstanceOf(ValueFormatException.class)
                    .hasMessageContaining("remove the comparator '≥'");
        }

        @Test
        void nullAndOverlongText() {
            assertThatThrownBy(() -> MeasuredValue.parseTarget(null)).isInstanceOf(ValueFormatException.class);
            assertThatThrownBy(() -> MeasuredValue.parseTarget("好".repeat(501)))
                    .isInstanceOf(ValueFormatException.class)
                    .hasMessageContaining("longer than 500 characters");
        }
    }

    @Nested
    class Compatibility {

        @ParameterizedTest
        @CsvSource({
                "＞950,          961个",
                "＞6500万,       7398万",
                "530万人,        534.89万人",
                "530万人,        5348900人",
                "≥85%,           105.88%",
                "411.30万平方米, 491.72万㎡",
                "≥10个,          12"})
        void comparablePairs(String target, String actual) {
            assertThatCode(() -> MeasuredValue.requireComparable(MeasuredValue.parseTarget(target),
                    MeasuredValue.parseActual(actual))).doesNotThrowAnyException();
        }

        @ParameterizedTest
        @CsvSource({
                "≥85%,           60万人",
                "530万人,        530万笔",
                "＞950,          95%",
                "411.30万平方米, 491.72万",
                "达成,           100%",
                "≥90%,           已完成"})
        void incomparablePairs(String target, String actual) {
            assertThatThrownBy(() -> MeasuredValue.requireComparable(MeasuredValue.parseTarget(target),
                    MeasuredValue.parseActual(actual)))
                    .isInstanceOf(UnitMismatchException.class)
                    .hasMessageContaining(target)
                    .hasMessageContaining(actual);
        }
    }
}
