package cn.perfeval.scoring.engine.scorecard;

import java.math.BigDecimal;

/**
 * One line of the deduction ledger: a record that cost the item points. For a complete item the
 * deductions add up to exactly {@code max − score}.
 *
 * @param recordId the id of the {@link cn.perfeval.scoring.engine.facts.SourceRef} that caused it
 *                 (a contract, an indicator, the source of a figure, or the item code for a judgement)
 */
public record Deduction(String recordId, BigDecimal points, String reason) {
}
