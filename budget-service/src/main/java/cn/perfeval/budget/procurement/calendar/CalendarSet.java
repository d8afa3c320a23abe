package cn.perfeval.budget.procurement.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The calendars of several years, so periods can run across New Year (a December award notice, a
 * January signature). A year without a calendar is never guessed: asking for it throws
 * {@link NoCalendarException}.
 */
public final class CalendarSet {

    private final Map<Integer, WorkingDayCalendar> byYear;

    private CalendarSet(Map<Integer, WorkingDayCalendar> byYear) {
        this.byYear = byYear;
    }

    /** @throws InvalidCalendarException if two calendars claim the same year */
    public static CalendarSet of(Collection<WorkingDayCalendar> calendars) {
        Map<Integer, WorkingDayCalendar> byYear = new TreeMap<>();
        for (WorkingDayCalendar calendar : calendars) {
            if (byYear.putIfAbsent(calendar.year(), calendar) != null) {
                throw new InvalidCalendarException("year", "two calendars given for " + calendar.year());
            }
        }
        return new CalendarSet(byYear);
    }

    /** A new set in which {@code calendar} is the (new) calendar of its year, e.g. the 2027 notice or a 2024 correction. */
    public CalendarSet with(WorkingDayCalendar calendar) {
        Map<Integer, WorkingDayCalendar> byYear = new TreeMap<>(this.byYear);
        byYear.put(calendar.year(), calendar);
        return new CalendarSet(byYear);
    }

    /** @throws NoCalendarException if no calendar covers {@code date}'s year */
    public WorkingDayCalendar calendarFor(LocalDate date) {
        WorkingDayCalendar calendar = byYear.get(date.getYear());
        if (calendar == null) {
            throw new NoCalendarException(date.getYear());
        }
        return calendar;
    }

    /** The versions currently in force, ordered by year. */
    public List<CalendarVersion> versions() {
        return byYear.values().stream().map(WorkingDayCalendar::calendarVersion).toList();
    }
}
