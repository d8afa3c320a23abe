package cn.perfeval.budget.procurement.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts statutory periods (期间) as the Civil Code does:
 * <ul>
 *   <li>art. 201: the day the period starts from is not counted; counting begins the next day;</li>
 *   <li>art. 202/203: an N-day period ends at the end of day start + N; if that last day is a rest
 *       day or statutory holiday the period ends on the day after the holiday, i.e. the next
 *       working day under the State Council calendar (which may be a make-up Saturday).</li>
 * </ul>
 * "Within N working days" of a date ends on the Nth working day after it.
 */
public final class Periods {

    private final CalendarSet calendars;

    public Periods(CalendarSet calendars) {
        this.calendars = calendars;
    }

    /** Last day of an N-calendar-day period starting after {@code start}, moved past rest days (arts. 201–203). */
    public Deadline daysAfter(LocalDate start, int days) {
        requirePositive(days);
        Consulted consulted = new Consulted();
        LocalDate last = start.plusDays(days);
        while (!consulted.isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return consulted.deadline(last);
    }

    /** The Nth working day after {@code start} (the start day itself never counts, even if it is a working day). */
    public Deadline workingDaysAfter(LocalDate start, int workingDays) {
        requirePositive(workingDays);
        Consulted consulted = new Consulted();
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (consulted.isWorkingDay(day)) {
                counted++;
            }
        }
        return consulted.deadline(day);
    }

    /**
     * The latest day that still lies N full days before {@code start} ("不得晚于…开始前N日"): start − N.
     * <p>
     * Counted backwards with art. 201 (the start day itself is not one of the N days), but art. 203's
     * move to the next working day is deliberately NOT applied: it exists to give the one who must act
     * more time, and applied here it would shorten the N days of notice the rule guarantees to the
     * public; moving the other way would condemn an act that did give N full days. Publication is
     * online and not tied to office days, so no calendar is consulted.
     */
    public Deadline latestDayBefore(LocalDate start, int days) {
        requirePositive(days);
        return new Deadline(start.minusDays(days), List.of());
    }

    private static void requirePositive(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a period must be at least one day, got " + days);
        }
    }

    /** Remembers every calendar a single computation looked at. */
    private final class Consulted {
        private final Map<Integer, CalendarVersion> versions = new TreeMap<>();

        boolean isWorkingDay(LocalDate day) {
            WorkingDayCalendar calendar = calendars.calendarFor(day);
            versions.putIfAbsent(calendar.year(), calendar.calendarVersion());
            return calendar.isWorkingDay(day);
        }

        Deadline deadline(LocalDate date) {
            return new Deadline(date, List.copyOf(versions.values()));
        }
    }
}
