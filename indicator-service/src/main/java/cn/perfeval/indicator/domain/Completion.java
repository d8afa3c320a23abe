package cn.perfeval.indicator.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * How far one indicator was completed.
 *
 * @param status      met, not met, or missing (no actual)
 * @param ratePercent the 完成情况(%) the report shows, 2 decimals, not capped; null when missing
 * @param creditShare the share of the indicator's credit that scoring awards, 0 to 1, scale ≤ 10; null when
 *                    missing. Compare with {@code compareTo}: 1 is written as {@code 1}, computed shares carry
 *                    10 decimals
 * @param grade       the reviewer's grade for a qualitative indicator, otherwise null
 * @param notes       what the scorecard must explain (negative actual, zero target)
 */
public record Completion(CompletionStatus status, BigDecimal ratePercent, BigDecimal creditShare, Grade grade,
                         Set<CompletionNote> notes) {

    public Completion {
        Objects.requireNonNull(status, "status");
        notes = Set.copyOf(notes);
        boolean missing = status == CompletionStatus.MISSING;
        if (missing != (ratePercent == null) || missing != (creditShare == null)) {
            throw new IllegalArgumentException("only a missing completion has no rate and no credit share");
        }
    }

    static Completion missing() {
        return new Completion(CompletionStatus.MISSING, null, null, null, Set.of());
    }

    public boolean isMet() {
        return status == CompletionStatus.MET;
    }

    public boolean isMissing() {
        return status == CompletionStatus.MISSING;
    }
}
