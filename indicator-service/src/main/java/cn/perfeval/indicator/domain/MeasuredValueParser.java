package cn.perfeval.indicator.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grammar documented on {@link MeasuredValue}. */
final class MeasuredValueParser {

    private static final int MAX_TEXT_LENGTH = 500;
    private static final int MAX_DIGITS = 30;

    /** Longer words first, so 不低于 is not read as 低于 and ≥ is not read as >. */
    private static final List<Map.Entry<String, Comparison>> PREFIXES = List.of(
            Map.entry("不低于", Comparison.GE), Map.entry("不少于", Comparison.GE), Map.entry("不小于", Comparison.GE),
            Map.entry("不高于", Comparison.LE), Map.entry("不超过", Comparison.LE), Map.entry("不大于", Comparison.LE),
            Map.entry("不多于", Comparison.LE),
            Map.entry("大于", Comparison.GT), Map.entry("高于", Comparison.GT), Map.entry("超过", Comparison.GT),
            Map.entry("多于", Comparison.GT), Map.entry("达到", Comparison.GE), Map.entry("等于", Comparison.EQ),
            Map.entry("低于", Comparison.LT), Map.entry("小于", Comparison.LT), Map.entry("少于", Comparison.LT),
            Map.entry("≥", Comparison.GE), Map.entry("≤", Comparison.LE),
            Map.entry(">", Comparison.GT), Map.entry("<", Comparison.LT), Map.entry("=", Comparison.EQ));

    private static final List<Map.Entry<String, Comparison>> SUFFIXES = List.of(
            Map.entry("及以上", Comparison.GE), Map.entry("及以下", Comparison.LE),
            Map.entry("以上", Comparison.GE), Map.entry("以下", Comparison.LE), Map.entry("以内", Comparison.LE));

    private static final String COMPARATOR_SYMBOLS = "≥≤><=";

    private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");

    private MeasuredValueParser() {
    }

    static MeasuredValue parse(String text, boolean target) {
        String rest = canonicalNonBlank(text);
        if (rest.chars().noneMatch(MeasuredValueParser::isAsciiDigit)) {
            // Words may open a qualitative target (不低于去年); a symbol promises a number.
            if (COMPARATOR_SYMBOLS.indexOf(rest.charAt(0)) >= 0) {
                throw new ValueFormatException(text, ValueMessages.COMPARATOR_WITHOUT_NUMBER.with());
            }
            return MeasuredValue.qualitative(text);
        }
        Compared compared = comparatorOf(text, rest);
        Matcher number = NUMBER.matcher(compared.rest());
        if (!number.lookingAt()) {
            throw new ValueFormatException(text, (compared.written() == null
                    ? ValueMessages.EXPECTED_NUMBER : ValueMessages.EXPECTED_NUMBER_AFTER_COMPARATOR).with(compared.rest()));
        }
        String unitText = compared.rest().substring(number.end());
        BigDecimal value = numberOf(text, number, unitText);
        Unit unit = UnitVocabulary.parse(unitText).orElseThrow(() -> new ValueFormatException(text,
                ValueMessages.UNKNOWN_UNIT.with(unitText)));
        return target ? target(text, compared.written(), value, unit) : actual(text, compared.written(), value, unit);
    }

    /** The text folded to the grammar's characters, refused when missing, too long or blank. */
    private static String canonicalNonBlank(String text) {
        if (text == null) {
            throw new ValueFormatException("", ValueMessages.NO_VALUE.with());
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new ValueFormatException(text.substring(0, 40) + "…",
                    ValueMessages.TOO_LONG.with(MAX_TEXT_LENGTH));
        }
        String rest = canonical(text);
        if (rest.isEmpty()) {
            throw new ValueFormatException(text, ValueMessages.BLANK.with());
        }
        return rest;
    }

    /** The comparator written before (≥85%) or after (85%以上) the number, if any, and the text without it. */
    private record Compared(Comparison written, String rest) {
    }

    private static Compared comparatorOf(String text, String rest) {
        Comparison written = null;
        for (Map.Entry<String, Comparison> prefix : PREFIXES) {
            if (rest.startsWith(prefix.getKey())) {
                written = prefix.getValue();
                rest = rest.substring(prefix.getKey().length());
                break;
            }
        }
        for (Map.Entry<String, Comparison> suffix : SUFFIXES) {
            if (rest.endsWith(suffix.getKey())) {
                if (written != null) {
                    throw new ValueFormatException(text, ValueMessages.TWO_COMPARATORS.with());
                }
                return new Compared(suffix.getValue(), rest.substring(0, rest.length() - suffix.getKey().length()));
            }
        }
        return new Compared(written, rest);
    }

    private static BigDecimal numberOf(String text, Matcher number, String unitText) {
        if (!unitText.isEmpty() && (isAsciiDigit(unitText.charAt(0)) || unitText.charAt(0) == ','
                || unitText.charAt(0) == '.')) {
            throw new ValueFormatException(text,
                    ValueMessages.MALFORMED_NUMBER.with());
        }
        String digits = number.group(2).replace(",", "") + (number.group(3) == null ? "" : number.group(3));
        if (digits.chars().filter(MeasuredValueParser::isAsciiDigit).count() > MAX_DIGITS) {
            throw new ValueFormatException(text, ValueMessages.TOO_MANY_DIGITS.with(MAX_DIGITS));
        }
        return new BigDecimal(number.group(1) + digits);
    }

    /** A target without a comparator means "at least" (the seed writes 60万人 for ≥ 60万人). */
    private static MeasuredValue target(String text, Comparison written, BigDecimal value, Unit unit) {
        if (value.signum() < 0) {
            throw new ValueFormatException(text, ValueMessages.NEGATIVE_TARGET.with());
        }
        return new MeasuredValue(text, written == null ? Comparison.GE : written, value, unit);
    }

    private static MeasuredValue actual(String text, Comparison written, BigDecimal value, Unit unit) {
        if (written != null) {
            throw new ValueFormatException(text, ValueMessages.ACTUAL_WITH_COMPARATOR.with(written.symbol()));
        }
        return new MeasuredValue(text, Comparison.NONE, value, unit);
    }

    /** Drops whitespace and folds full-width and look-alike characters to the ones the grammar uses. */
    static String canonical(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return;
            }
            if (c >= 0xFF01 && c <= 0xFF5E) {
                folded.append((char) (c - 0xFEE0));
                return;
            }
            switch (c) {
                case '≧', '⩾' -> folded.append('≥');
                case '≦', '⩽' -> folded.append('≤');
                case '−' -> folded.append('-');
                case '﹪' -> folded.append('%');
                default -> folded.appendCodePoint(c);
            }
        });
        return folded.toString().replace(">=", "≥").replace("<=", "≤").replace("==", "=");
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
