package cn.perfeval.budget.procurement.calendar;

/**
 * A date falls in a year for which no State Council holiday notice has been loaded. Counting such a
 * date by weekends alone could silently misjudge a deadline (调休 moves working days), so it is an error.
 */
public class NoCalendarException extends RuntimeException {

    private final int year;

    public NoCalendarException(int year) {
        super("No working-day calendar for " + year + ": publish the State Council holiday notice for "
                + year + " before counting working days in that year");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
