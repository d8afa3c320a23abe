package cn.perfeval.scoring.monitoring.domain;

/** The thresholds a round was computed with, and their version (rounds show both). */
public record Thresholds(String version, BudgetPaceThresholds budgetPace, ProgressThresholds targetProgress) {
}
