package cn.perfeval.scoring.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator's value reported at a date: as written and in base units (null when qualitative). */
public record ProgressEntry(LocalDate asOf, String text, BigDecimal value) {
}
