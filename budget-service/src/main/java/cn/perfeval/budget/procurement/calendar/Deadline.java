package cn.perfeval.budget.procurement.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The last day of a period and the calendars that were consulted to find it (ordered by year; empty
 * when the period is counted in calendar days without any rest-day adjustment).
 */
public record Deadline(LocalDate date, List<CalendarVersion> calendarsConsulted) {

    public Deadline {
        calendarsConsulted = List.copyOf(calendarsConsulted);
    }
}
