package cn.perfeval.indicator.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The parameters a scoring scheme sets for completion.
 *
 * @param equalTolerance    for {@code =} targets, the allowed deviation as a share of the target (0.05 = ±5%);
 *                          relative because schemes write "偏差不超过5%"; 0 means exactly equal
 * @param lowerIsBetterRate which rate a ≤ / &lt; indicator shows
 */
public record CompletionPolicy(BigDecimal equalTolerance, LowerIsBetterRate lowerIsBetterRate) {

    public static final CompletionPolicy DEFAULT =
            new CompletionPolicy(BigDecimal.ZERO, LowerIsBetterRate.TARGET_OVER_ACTUAL);

    public CompletionPolicy {
        Objects.requireNonNull(equalTolerance, "equalTolerance");
        Objects.requireNonNull(lowerIsBetterRate, "lowerIsBetterRate");
        if (equalTolerance.signum() < 0) {
            throw new IllegalArgumentException("equalTolerance must not be negative: " + equalTolerance);
        }
    }
}
