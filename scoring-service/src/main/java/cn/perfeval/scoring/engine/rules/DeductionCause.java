package cn.perfeval.scoring.engine.rules;

import java.math.BigDecimal;

/**
 * A record that made an item lose points. The engine shares the points actually lost among an
 * item's causes in proportion to {@code weight} (see the deduction ledger).
 */
public record DeductionCause(String recordId, BigDecimal weight, String reason) {
}
