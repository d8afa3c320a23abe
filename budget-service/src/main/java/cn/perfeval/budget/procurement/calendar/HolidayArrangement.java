package cn.perfeval.budget.procurement.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One line of the notice, e.g. "春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。":
 * a contiguous block of days off (both ends inclusive) and the weekend days worked to make up for it.
 * Checks that need the calendar's year are done by {@link WorkingDayCalendar}.
 */
public record HolidayArrangement(String name, LocalDate offFrom, LocalDate offTo, List<LocalDate> worked) {

    public HolidayArrangement {
        worked = worked == null ? List.of() : worked;
        if (worked.stream().anyMatch(Objects::isNull)) {
            throw new InvalidCalendarException("worked", "must not contain an empty date");
        }
        worked = List.copyOf(worked);
    }
}
