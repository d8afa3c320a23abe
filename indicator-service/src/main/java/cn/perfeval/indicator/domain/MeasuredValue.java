package cn.perfeval.indicator.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target or actual value as government tables write it ({@code ＞6500万}, {@code ≥85%}, {@code 60万人},
 * {@code 411.30万平方米}, {@code 达成}), read into a comparator, an exact number and a unit, with the text kept
 * verbatim for display and audit.
 *
 * <h2>Reading rules</h2>
 * <ul>
 *   <li>Whitespace anywhere is ignored (PDF line breaks split {@code 411.30万平\n方米}); full-width characters read
 *       as their ASCII forms ({@code ＞ ≧ ＝ ％ ，．０-９}).</li>
 *   <li>Text without a digit is {@link Comparison#QUALITATIVE} (达成, 好, 有效提升): graded, never divided;
 *       but a comparator symbol without a number ({@code ≥}, {@code ≥良好}) is an error.
 *       Text with a digit must read fully, or it is a {@link ValueFormatException}: {@code 12月底前完成} is
 *       rejected rather than guessed.</li>
 *   <li>Comparator in front: {@code > ≥ >= = < ≤ <=} in half or full width, or the words 大于/高于/超过/多于 (&gt;),
 *       不低于/不少于/不小于/达到 (≥), 等于 (=), 不高于/不超过/不大于/不多于 (≤), 低于/小于/少于 (&lt;). Or behind the
 *       number: 以上/及以上 (≥; in Chinese usage 以上 includes the number itself), 以下/及以下/以内 (≤). One only.</li>
 *   <li>Number: optional sign, digits with optional thousands separators in groups of three ({@code 21,443.80},
 *       also the full-width comma), optional decimals; kept exactly as written (scale included), at most 30
 *       digits.</li>
 *   <li>Unit: an optional magnitude 万, 亿 or 万亿, kept in {@link Unit#magnitude()}, then a base unit from a closed
 *       vocabulary (counts such as 个/人/笔/次, %, 元, 平方米, 天 …; rates such as 次/年; short Latin words such
 *       as GB). ㎡ and 平米 read as 平方米.</li>
 *   <li>A target written without a comparator ({@code 60万人}, {@code 411.30万平方米}) means "at least": ≥.
 *       That is how 绩效目标表 quantity targets are meant, and the seed awards full marks for 534.89万人 against
 *       530万人, which an equality reading would fail.</li>
 *   <li>A target may not be negative. An actual is a measurement: it carries no comparator
 *       ({@link Comparison#NONE}); it may be negative (completion counts that as 0).</li>
 * </ul>
 *
 * <h2>Comparing a target with an actual</h2>
 * {@link #requireComparable} accepts the pair when the base units are equal (magnitudes may differ:
 * {@code 530万人} against {@code 5348900人}), or when one side is a bare number and the other a count word
 * ({@code ＞950} against {@code 961个}). Anything else — {@code %} against {@code 万人}, {@code 人} against
 * {@code 笔}, a bare number against {@code 平方米} or {@code %}, a number against a qualitative target — is a
 * {@link UnitMismatchException}: a silently wrong ratio would be scored.
 *
 * @param text       the value exactly as given
 * @param comparator {@link Comparison#NONE} for a numeric actual
 * @param number     the number as written, before the magnitude; null when qualitative
 * @param unit       null when qualitative
 */
public record MeasuredValue(String text, Comparison comparator, BigDecimal number, Unit unit) {

    public MeasuredValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(comparator, "comparator");
        boolean qualitative = comparator == Comparison.QUALITATIVE;
        if (qualitative != (number == null) || qualitative != (unit == null)) {
            throw new IllegalArgumentException(
                    "a qualitative value has no number and no unit, any other value has both");
        }
    }

    /** Reads a target (实施周期指标值, 年度指标值); a bare number means ≥. */
    public static MeasuredValue parseTarget(String text) {
        return MeasuredValueParser.parse(text, true);
    }

    /** Reads an actual (完成指标值): no comparator allowed. */
    public static MeasuredValue parseActual(String text) {
        return MeasuredValueParser.parse(text, false);
    }

    /** Keeps text as a qualitative value as it is, e.g. the actual of a qualitative indicator (已完成，效果良好). */
    public static MeasuredValue qualitative(String text) {
        return new MeasuredValue(text, Comparison.QUALITATIVE, null, null);
    }

    public boolean isQualitative() {
        return comparator == Comparison.QUALITATIVE;
    }

    /** The number in base units ({@code 60万人} gives 600000), exact. */
    public BigDecimal normalized() {
        if (isQualitative()) {
            throw new IllegalStateException("'" + text + "' is qualitative and has no number");
        }
        return unit.magnitude().apply(number);
    }

    /** Throws {@link UnitMismatchException} unless the actual can be divided by the target (rules in the class doc). */
    public static void requireComparable(MeasuredValue target, MeasuredValue actual) {
        if (target.isQualitative() || actual.isQualitative()) {
            if (target.isQualitative() && actual.isQualitative()) {
                return;
            }
            throw new UnitMismatchException(target.isQualitative()
                    ? ValueMessages.NUMBER_FOR_QUALITATIVE.with(target.text(), actual.text())
                    : ValueMessages.NO_NUMBER_FOR_TARGET.with(actual.text(), target.text()));
        }
        if (!target.unit().isCompatibleWith(actual.unit())) {
            throw UnitMismatchException.of(target, actual);
        }
    }
}
