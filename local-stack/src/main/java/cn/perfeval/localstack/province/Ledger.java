package cn.perfeval.localstack.province;

import cn.perfeval.localstack.province.Budget.Expenditure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An ERP ledger being written: basic spending as monthly lines (the seed's pattern: salaries on the 25th, public funds
 * on the 28th), each project's spending in one to three lines on days of the year. Amounts add up exactly to what was
 * spent, so the declared totals reconcile with the ledger.
 */
final class Ledger {

    private final Draw draw;
    private final int year;
    private final List<Expenditure> lines = new ArrayList<>();

    Ledger(Draw draw, int year) {
        this.draw = draw;
        this.year = year;
    }

    /** Twelve monthly lines of {@code total}, the last taking the rounding. */
    void monthly(String category, String prefix, BigDecimal total) {
        BigDecimal month = total.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
        int day = prefix.equals("B") ? 25 : 28;
        for (int m = 1; m <= 12; m++) {
            BigDecimal amount = m == 12 ? total.subtract(month.multiply(BigDecimal.valueOf(11))) : month;
            add(String.format("EXP-%s%02d", prefix, m), LocalDate.of(year, m, day), amount, category, null);
        }
    }

    /** One to three lines adding up to {@code spent} on the project, on days drawn from the year. */
    void project(String code, BigDecimal spent) {
        int count = spent.compareTo(BigDecimal.ONE) < 0 ? 1 : draw.between(1, 3);
        BigDecimal left = spent;
        for (int i = 0; i < count; i++) {
            BigDecimal amount = i == count - 1 ? left
                    : spent.multiply(BigDecimal.valueOf(draw.between(0.2, 0.5))).setScale(2, RoundingMode.DOWN);
            left = left.subtract(amount);
            LocalDate day = draw.day(LocalDate.of(year, 1, 5), LocalDate.of(year, 12, 28));
            add(String.format("EXP-%s-%d", code, i + 1), day, amount, "PROJECT", code);
        }
    }

    private void add(String lineId, LocalDate date, BigDecimal amount, String category, String projectCode) {
        if (amount.signum() > 0) {
            lines.add(new Expenditure(lineId, date.toString(), amount, category, projectCode));
        }
    }

    List<Expenditure> lines() {
        return List.copyOf(lines);
    }

    BigDecimal total() {
        return lines.stream().map(Expenditure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
