package cn.perfeval.budget.procurement.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The working days of one year as the State Council's holiday notice fixes them: Monday–Friday work,
 * except the notice's days off (statutory holidays and the weekdays moved into the holiday block), and
 * Saturday/Sunday rest, except the notice's make-up working days (调休上班).
 * <p>
 * Immutable; an administrator replaces a year by publishing a new version.
 */
public final class WorkingDayCalendar {

    private final int year;
    private final String version;
    private final HolidayNotice notice;
    private final List<HolidayArrangement> holidays;
    private final SortedSet<LocalDate> offDays = new TreeSet<>();
    private final SortedSet<LocalDate> workedDays = new TreeSet<>();
    private final String contentHash;

    public WorkingDayCalendar(int year, String version, HolidayNotice notice, List<HolidayArrangement> holidays) {
        if (version == null || version.isBlank()) {
            throw new InvalidCalendarException("version", "is required");
        }
        if (notice == null) {
            throw new InvalidCalendarException("notice", "is required");
        }
        // An empty list would quietly turn the year into a weekends-only calendar, which is exactly
        // the guess this calendar exists to prevent.
        if (holidays == null || holidays.isEmpty()) {
            throw new InvalidCalendarException("holidays", "must list the notice's holiday arrangements");
        }
        this.year = year;
        this.version = version;
        this.notice = notice;
        this.holidays = List.copyOf(holidays);
        for (int i = 0; i < this.holidays.size(); i++) {
            addArrangement(i, this.holidays.get(i));
        }
        rejectWorkedDaysInsideHolidays();
        this.contentHash = hashOfDays();
    }

    private void addArrangement(int index, HolidayArrangement arrangement) {
        String path = "holidays[" + index + "]";
        if (arrangement.name() == null || arrangement.name().isBlank()) {
            throw new InvalidCalendarException(path + ".name", "is required");
        }
        requireInYear(path + ".offFrom", arrangement.offFrom());
        requireInYear(path + ".offTo", arrangement.offTo());
        if (arrangement.offTo().isBefore(arrangement.offFrom())) {
            throw new InvalidCalendarException(path + ".offTo", "is before offFrom " + arrangement.offFrom());
        }
        for (LocalDate day : arrangement.offFrom().datesUntil(arrangement.offTo().plusDays(1)).toList()) {
            if (!offDays.add(day)) {
                throw new InvalidCalendarException(path, day + " is already off in another arrangement");
            }
        }
        for (int w = 0; w < arrangement.worked().size(); w++) {
            String workedPath = path + ".worked[" + w + "]";
            LocalDate day = arrangement.worked().get(w);
            requireInYear(workedPath, day);
            // Make-up days only ever turn a weekend into a working day; a weekday here is a typo.
            if (!isWeekend(day)) {
                throw new InvalidCalendarException(workedPath, day + " is a " + day.getDayOfWeek()
                        + "; a make-up working day must be a Saturday or Sunday");
            }
            if (!workedDays.add(day)) {
                throw new InvalidCalendarException(workedPath, day + " is listed twice");
            }
        }
    }

    private void rejectWorkedDaysInsideHolidays() {
        for (int i = 0; i < holidays.size(); i++) {
            List<LocalDate> worked = holidays.get(i).worked();
            for (int w = 0; w < worked.size(); w++) {
                if (offDays.contains(worked.get(w))) {
                    throw new InvalidCalendarException("holidays[" + i + "].worked[" + w + "]",
                            worked.get(w) + " is also a day off");
                }
            }
        }
    }

    private void requireInYear(String field, LocalDate date) {
        if (date == null) {
            throw new InvalidCalendarException(field, "is required");
        }
        if (date.getYear() != year) {
            throw new InvalidCalendarException(field, date + " is outside the calendar year " + year);
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private String hashOfDays() {
        String canonical = "year=" + year
                + "\noff=" + offDays.stream().map(LocalDate::toString).collect(Collectors.joining(","))
                + "\nworked=" + workedDays.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** @throws IllegalArgumentException for a date outside this calendar's year; use {@link CalendarSet} across years */
    public boolean isWorkingDay(LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(date + " is outside the " + year + " calendar");
        }
        if (offDays.contains(date)) {
            return false;
        }
        return workedDays.contains(date) || !isWeekend(date);
    }

    public int year() {
        return year;
    }

    public String version() {
        return version;
    }

    public HolidayNotice notice() {
        return notice;
    }

    public List<HolidayArrangement> holidays() {
        return holidays;
    }

    public CalendarVersion calendarVersion() {
        return new CalendarVersion(year, version, contentHash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingDayCalendar that
                && year == that.year
                && version.equals(that.version)
                && notice.equals(that.notice)
                && holidays.equals(that.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, version, notice, holidays);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + year + " " + version + " from " + notice.number() + "]";
    }
}
