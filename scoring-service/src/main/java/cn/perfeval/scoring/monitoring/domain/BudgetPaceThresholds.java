package cn.perfeval.scoring.monitoring.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How far behind its expected rate a budget's cumulative execution may fall, in percentage points, and the
 * scheme's cumulative monthly targets (month → %), which replace time progress at those months' ends.
 */
public record BudgetPaceThresholds(
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal yellowBehindPoints,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal redBehindPoints,
        @Size(max = 12)
        SortedMap<Integer, @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal> monthlyTargets) {

    public BudgetPaceThresholds {
        monthlyTargets = Collections.unmodifiableSortedMap(monthlyTargets == null ? new TreeMap<>()
                : new TreeMap<>(monthlyTargets));
    }

    /** The month's target when the scheme gives one and {@code date} is that month's last day, else time progress. */
    public BigDecimal expectedPercentAt(LocalDate date) {
        BigDecimal target = monthlyTargets.get(date.getMonthValue());
        if (target != null && date.getDayOfMonth() == date.lengthOfMonth()) {
            return Percents.rounded(target);
        }
        return TimeProgress.percentAt(date);
    }

    Light light(BigDecimal behindPoints) {
        return Light.byBehindPoints(behindPoints, yellowBehindPoints, redBehindPoints);
    }
}
