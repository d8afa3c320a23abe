package cn.perfeval.budget.procurement.calendar;

/**
 * Identifies the exact calendar data a result was computed with: the administrator's label
 * (e.g. "2023-v1") and a SHA-256 of the days off and worked, so a verdict stays auditable even if a
 * label were ever reused for different data.
 */
public record CalendarVersion(int year, String version, String contentHash) {
}
