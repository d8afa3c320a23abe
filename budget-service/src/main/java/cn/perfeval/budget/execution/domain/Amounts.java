package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.Function;

/**
 * Amount arithmetic shared by the budget records (the execution pace uses {@link #exact} for its sums). All
 * amounts are 万元 as exact {@link BigDecimal}s of any scale (an ERP's 元 amounts divided by 10,000 keep their
 * cents); sums stay exact and only the figures shown (2 decimals, like the report) and rates are rounded, HALF_UP,
 * here.
 */
public final class Amounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SHOWN_DECIMALS = 2;

    private Amounts() {
    }

    static BigDecimal required(BigDecimal amount, String field) {
        if (amount == null) {
            throw new InvalidBudgetDataException(field, BudgetDataMessages.REQUIRED.with());
        }
        return amount;
    }

    static BigDecimal nonNegative(BigDecimal amount, String field) {
        if (required(amount, field).signum() < 0) {
            throw new InvalidBudgetDataException(field, BudgetDataMessages.NEGATIVE.with(amount.toPlainString()));
        }
        return amount;
    }

    static BigDecimal positive(BigDecimal amount, String field) {
        if (required(amount, field).signum() <= 0) {
            throw new InvalidBudgetDataException(field, BudgetDataMessages.NOT_POSITIVE.with(amount.toPlainString()));
        }
        return amount;
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidBudgetDataException(field, BudgetDataMessages.REQUIRED.with());
        }
        return value;
    }

    static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** An amount as the report shows it: 万元 to 2 decimals. */
    static BigDecimal shown(BigDecimal amount) {
        return amount.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP);
    }

    /**
     * An exact amount without the trailing zeros a NUMERIC column's sum carries (623.750000 → 623.75), keeping at
     * least the 2 decimals amounts are shown with; it never rounds.
     */
    public static BigDecimal exact(BigDecimal amount) {
        int scale = Math.max(SHOWN_DECIMALS, amount.stripTrailingZeros().scale());
        return amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** part ÷ whole × 100, rounded once, HALF_UP to 2 decimals (e.g. 98.93 for 98.93%). */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, SHOWN_DECIMALS, RoundingMode.HALF_UP);
    }

    /** Arithmetic mean rounded HALF_UP to 2 decimals. */
    static BigDecimal mean(BigDecimal sum, int count) {
        return sum.divide(BigDecimal.valueOf(count), SHOWN_DECIMALS, RoundingMode.HALF_UP);
    }
}
