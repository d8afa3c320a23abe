package cn.perfeval.indicator.domain;

import java.util.Objects;

/**
 * A unit as written after a number: a {@link Magnitude} (万, 亿, 万亿 or none) and a base unit ({@code 人},
 * {@code 平方米}, {@code %}, {@code 元/人/月}; the empty string for a bare number). See {@link MeasuredValue} for the
 * vocabulary and the compatibility rules.
 */
public record Unit(Magnitude magnitude, String base) {

    public static final Unit NONE = new Unit(Magnitude.ONE, "");

    public Unit {
        Objects.requireNonNull(magnitude, "magnitude");
        Objects.requireNonNull(base, "base");
    }

    public boolean isPercent() {
        return base.equals("%");
    }

    /** A measure word for counted things (个, 人, 笔, 次 …): a bare number counts the same things. */
    public boolean isCount() {
        return UnitVocabulary.isCountWord(base);
    }

    /**
     * Same base unit (magnitudes may differ: 万人 and 人), or a bare number against a count
     * ({@code ＞950} against {@code 961个}).
     */
    public boolean isCompatibleWith(Unit other) {
        return base.equals(other.base)
                || (base.isEmpty() && other.isCount())
                || (other.base.isEmpty() && isCount());
    }

    /** As it would be written: {@code 万人}, {@code %}, or empty. */
    public String symbol() {
        return magnitude.symbol() + base;
    }

    @Override
    public String toString() {
        return symbol().isEmpty() ? "(no unit)" : symbol();
    }
}
