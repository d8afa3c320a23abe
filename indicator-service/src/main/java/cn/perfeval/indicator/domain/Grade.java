package cn.perfeval.indicator.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reviewer's verdict on a qualitative indicator and the band of credit it allows (财预〔2020〕10号). Bands are
 * closed at both ends, as the rule writes them (80–100%, 60–80%, 0–60%): a share of exactly 0.8 is valid as
 * 达成 and as 部分达成, and the grade the reviewer picked decides which.
 */
public enum Grade {
    ACHIEVED("达成", new BigDecimal("0.8"), BigDecimal.ONE),
    PARTLY_ACHIEVED("部分达成", new BigDecimal("0.6"), new BigDecimal("0.8")),
    NOT_ACHIEVED("未达成", BigDecimal.ZERO, new BigDecimal("0.6"));

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

    private final String label;
    private final BigDecimal lowerBound;
    private final BigDecimal upperBound;

    Grade(String label, BigDecimal lowerBound, BigDecimal upperBound) {
        this.label = label;
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
    }

    public String label() {
        return label;
    }

    public BigDecimal lowerBound() {
        return lowerBound;
    }

    public BigDecimal upperBound() {
        return upperBound;
    }

    /** The grade written as 达成 / 部分达成 / 未达成 (whitespace ignored). */
    public static Optional<Grade> fromLabel(String text) {
        String label = text == null ? "" : WHITESPACE.matcher(text).replaceAll("");
        return Arrays.stream(values()).filter(grade -> grade.label.equals(label)).findFirst();
    }

    /** Throws {@link ShareOutOfBandException} unless lowerBound ≤ share ≤ upperBound. */
    public void requireInBand(BigDecimal share) {
        if (share.compareTo(lowerBound) < 0 || share.compareTo(upperBound) > 0) {
            throw new ShareOutOfBandException(this, share);
        }
    }
}
