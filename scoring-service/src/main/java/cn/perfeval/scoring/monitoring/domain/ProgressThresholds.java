package cn.perfeval.scoring.monitoring.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** How far behind its expected progress an indicator may fall, in percentage points. */
public record ProgressThresholds(
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal yellowBehindPoints,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal redBehindPoints) {

    Light light(BigDecimal behindPoints) {
        return Light.byBehindPoints(behindPoints, yellowBehindPoints, redBehindPoints);
    }
}
