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

    private DeductionLedger() {
    }

    static List<Deduction> allocate(BigDecimal lostPoints, List<DeductionCause> causes) {
        List<DeductionCause> weighted = causes.stream()
                .filter(cause -> cause.weight().signum() > 0)
                .sorted(Comparator.comparing(DeductionCause::recordId))
                .toList();
        if (lostPoints.signum() <= 0 || weighted.isEmpty()) {
            return List.of();
        }
        BigDecimal cents = lostPoints.movePointRight(2);
        BigDecimal totalWeight = weighted.stream().map(DeductionCause::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> whole = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (DeductionCause cause : weighted) {
            BigDecimal quota = Decimals.divide(cents.multiply(cause.weight()), totalWeight);
            BigDecimal floor = quota.setScale(0, RoundingMode.FLOOR);
            whole.add(floor);
            remainders.add(quota.subtract(floor));
            allocated = allocated.add(floor);
        }
        int leftover = cents.subtract(allocated).intValueExact();
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < weighted.size(); i++) {
            byRemainder.add(i);
        }
        // Stable sort: among equal remainders the lower record id (earlier index) comes first.
        byRemainder.sort(Comparator.comparing(remainders::get, Comparator.reverseOrder()));
        for (int i = 0; i < leftover; i++) {
            int index = byRemainder.get(i);
            whole.set(index, whole.get(index).add(BigDecimal.ONE));
        }
        List<Deduction> deductions = new ArrayList<>();
        for (int i = 0; i < weighted.size(); i++) {
            DeductionCause cause = weighted.get(i);
            deductions.add(new Deduction(cause.recordId(), whole.get(i).movePointLeft(2).setScale(2), cause.reason()));
        }
        return List.copyOf(deductions);
    }
}
