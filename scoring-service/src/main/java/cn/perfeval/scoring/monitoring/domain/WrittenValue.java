package cn.perfeval.scoring.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year-end value written as the tables write it ({@code 4.60万笔}, {@code 98.5%}, {@code 1,200户}), read against
 * one indicator's unit. It is not indicator-service's full reader (comparators, a unit vocabulary): a forecast is a
 * number, an optional magnitude (万, 亿, 万亿) and exactly the base unit the indicator's target is in, so no unit
 * vocabulary is needed and a forecast can never be in a unit its target cannot be compared with.
 */
public final class WrittenValue {

    private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(.*)");
    private static final int MAX_DIGITS = 30;

    private WrittenValue() {
    }

    /**
     * The value in base units ({@code 4.60万笔} in 笔 gives 46000), or the rule the text breaks.
     *
     * @param unit the indicator's base unit as indicator-service gives it ({@code 笔}, {@code %}; empty for a bare number)
     */
    public static Reading read(String text, String unit) {
        Matcher matcher = NUMBER_THEN_UNIT.matcher(canonical(text));
        if (!matcher.matches()) {
            return Reading.problem("must be a number followed by the indicator's unit, e.g. 4.60万" + unit);
        }
        String digits = matcher.group(1).replace(",", "");
        if (digits.chars().filter(Character::isDigit).count() > MAX_DIGITS) {
            return Reading.problem("has more than " + MAX_DIGITS + " digits");
        }
        String written = matcher.group(2);
        int power = magnitudeOf(written);
        String base = written.substring(magnitudeLength(power));
        if (!base.equals(unit)) {
            return Reading.problem("must be written in the indicator's unit '" + unit + "', not '" + written + "'");
        }
        return new Reading(new BigDecimal(digits).movePointRight(power).stripTrailingZeros(), null);
    }

    /**
     * {@code baseValue} written like {@code example} (its magnitude and unit) with 2 decimals, HALF_UP:
     * 36001.37 like {@code 2.10万笔} gives {@code 3.60万笔}.
     */
    static String writeLike(BigDecimal baseValue, String example) {
        Matcher matcher = NUMBER_THEN_UNIT.matcher(canonical(example));
        String written = matcher.matches() ? matcher.group(2) : "";
        int power = magnitudeOf(written);
        return baseValue.movePointLeft(power).setScale(Percents.SCALE, RoundingMode.HALF_UP).toPlainString() + written;
    }

    /** Drops whitespace and folds full-width characters (０-９, ．, ％, ，) to their ASCII forms. */
    private static String canonical(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .map(c -> c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c)
                .forEach(folded::appendCodePoint);
        return folded.toString();
    }

    private static int magnitudeOf(String written) {
        if (written.startsWith("万亿")) {
            return 12;
        }
        if (written.startsWith("亿")) {
            return 8;
        }
        return written.startsWith("万") ? 4 : 0;
    }

    private static int magnitudeLength(int power) {
        return switch (power) {
            case 12 -> 2;
            case 8, 4 -> 1;
            default -> 0;
        };
    }

    /** A value read, or the rule its text breaks. */
    public record Reading(BigDecimal value, String problem) {

        static Reading problem(String problem) {
            return new Reading(null, problem);
        }

        public Optional<String> problemIfAny() {
            return Optional.ofNullable(problem);
        }
    }
}
