package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.rules.Decimals;
import cn.perfeval.scoring.engine.rules.DeductionCause;
import cn.perfeval.scoring.engine.scorecard.Deduction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares the points an item lost among the records that caused the loss, in whole cents, so the
 * ledger adds up exactly to {@code max − score} (an auditor ticks it off line by line). Shares are
 * proportional to each cause's weight; leftover cents go to the largest remainders, ties to the
 * lower record id, so the split does not depend on the order the facts arrived in.
 */
final class DeductionLedger {

    private static final Comparator<DeductionCause> BY_RECORD_ID = Comparator.comparing(DeductionCause::recordId);

    private DeductionLedger() {
    }

    static List<Deduction> allocate(BigDecimal lostPoints, List<DeductionCause> causes) {
        if (lostPoints.signum() <= 0) {
            return List.of();
        }
        List<DeductionCause> weighted = weightedByRecordId(causes);
        if (weighted.isEmpty()) {
            return List.of();
        }
        BigDecimal[] centsOf = wholeCents(lostPoints.movePointRight(2), weighted);
        List<Deduction> deductions = new ArrayList<>(weighted.size());
        for (int i = 0; i < weighted.size(); i++) {
            DeductionCause cause = weighted.get(i);
            deductions.add(new Deduction(cause.recordId(), centsOf[i].movePointLeft(2).setScale(2), cause.reason()));
        }
        return List.copyOf(deductions);
    }

    /** The causes that carry weight, by record id (a stable sort, as the tie-break needs). */
    private static List<DeductionCause> weightedByRecordId(List<DeductionCause> causes) {
        List<DeductionCause> weighted = new ArrayList<>(causes.size());
        for (DeductionCause cause : causes) {
            if (cause.weight().signum() > 0) {
                weighted.add(cause);
            }
        }
        weighted.sort(BY_RECORD_ID);
        return weighted;
    }

    /** Each cause's whole cents of {@code cents}: the floor of its quota, plus one of the leftover cents by remainder. */
    private static BigDecimal[] wholeCents(BigDecimal cents, List<DeductionCause> weighted) {
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (DeductionCause cause : weighted) {
            totalWeight = totalWeight.add(cause.weight());
        }
        BigDecimal[] whole = new BigDecimal[weighted.size()];
        BigDecimal[] remainders = new BigDecimal[weighted.size()];
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < weighted.size(); i++) {
            BigDecimal quota = Decimals.divide(cents.multiply(weighted.get(i).weight()), totalWeight);
            whole[i] = quota.setScale(0, RoundingMode.FLOOR);
            remainders[i] = quota.subtract(whole[i]);
            allocated = allocated.add(whole[i]);
        }
        int leftover = cents.subtract(allocated).intValueExact();
        if (leftover > 0) {
            for (int index : byRemainderDescending(remainders).subList(0, leftover)) {
                whole[index] = whole[index].add(BigDecimal.ONE);
            }
        }
        return whole;
    }

    /** Indexes by remainder, largest first; a stable sort, so among equal remainders the lower record id comes first. */
    private static List<Integer> byRemainderDescending(BigDecimal[] remainders) {
        List<Integer> indexes = new ArrayList<>(remainders.length);
        for (int i = 0; i < remainders.length; i++) {
            indexes.add(i);
        }
        indexes.sort(Comparator.comparing((Integer index) -> remainders[index], Comparator.reverseOrder()));
        return indexes;
    }
}
