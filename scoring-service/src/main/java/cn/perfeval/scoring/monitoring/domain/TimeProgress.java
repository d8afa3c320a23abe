package cn.perfeval.scoring.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The share of the year gone by at a date: {@code (month − 1 + day ÷ lengthOfMonth) ÷ 12 × 100}. */
public final class TimeProgress {

    private TimeProgress() {
    }

    /** 31 July gives 58.33; computed in one division so that it is rounded once. */
    public static BigDecimal percentAt(LocalDate date) {
        int length = date.lengthOfMonth();
        BigDecimal elapsedDays = BigDecimal.valueOf((long) (date.getMonthValue() - 1) * length + date.getDayOfMonth());
        return elapsedDays.multiply(Percents.HUNDRED)
                .divide(BigDecimal.valueOf(12L * length), Percents.SCALE, RoundingMode.HALF_UP);
    }
}
