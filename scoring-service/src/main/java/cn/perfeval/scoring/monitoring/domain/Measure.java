package cn.perfeval.scoring.monitoring.domain;

import java.time.LocalDate;

/** One corrective measure the department plans: what, who, by when. */
public record Measure(String measure, String owner, LocalDate dueDate) {
}
