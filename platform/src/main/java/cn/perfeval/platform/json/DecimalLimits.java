package cn.perfeval.platform.json;

import java.math.BigDecimal;

/**
 * How large and how fine a decimal may be to be read at all. A number such as {@code 1e999999999} is eleven characters
 * to send but a billion digits the moment anything prints it in full, rescales it or adds it to another amount:
 * enough to exhaust a service's memory. Every decimal that enters through a request is therefore checked here
 * before it is used: JSON fields by {@link ExactDecimals}' mapper, CSV cells and JSON trees by their readers.
 *
 * <p>This is a safety bound, not a precision rule: it only keeps a number's plain form short (under a hundred
 * characters). It is generous because the same mapper reads what the services send each other, and a scorecard
 * carries exact quotients (an indicator's credit to 34 significant digits). Each domain rule is stricter where it
 * matters, e.g. an ERP line's amount has at most 6 decimals and 14 integer digits.
 */
public final class DecimalLimits {

    public static final int MAX_INTEGER_DIGITS = 30;
    public static final int MAX_DECIMALS = 64;
    /** The rule as error messages state it. */
    public static final String RULE = "must have at most " + MAX_INTEGER_DIGITS + " digits before and " + MAX_DECIMALS
            + " after the decimal point";

    private DecimalLimits() {
    }

    /** Whether the value fits; trailing zeros (100.000, 1E+2) do not count against it. Cheap for any input. */
    public static boolean fits(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= MAX_DECIMALS && (long) plain.precision() - plain.scale() <= MAX_INTEGER_DIGITS;
    }
}
