package cn.perfeval.localstack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plausible variants of an indicator's actual as the demo writes it ("520万人"): its number scaled, its unit kept. */
final class ActualVariants {

    private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("([0-9]+(?:\\.([0-9]+))?)(.*)");

    private ActualVariants() {
    }

    static String scaled(String written, BigDecimal factor) {
        Matcher parts = NUMBER_THEN_UNIT.matcher(written);
        if (!parts.matches()) {
            throw new IllegalStateException("not a number with a unit: " + written);
        }
        int decimals = parts.group(2) == null ? 0 : parts.group(2).length();
        // Same number of decimals as written: a count stays whole. Test data only; no rule is implied.
        return new BigDecimal(parts.group(1)).multiply(factor).setScale(decimals, RoundingMode.HALF_UP) + parts.group(3);
    }
}
