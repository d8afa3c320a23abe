package cn.perfeval.budget.procurement.timeliness;

import cn.perfeval.budget.procurement.calendar.CalendarVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * One record judged against one rule: the two dates compared (named by {@link TimelinessRule}; the act's date is
 * null while the act is not done), the deadline (null only for a PENDING act whose deadline falls in a year without
 * a calendar yet), the status, how many calendar days after the deadline the act was done (0 unless LATE), and the
 * calendar versions the deadline was computed with (empty when none was needed).
 */
public record TimelinessVerdict(TimelinessRule rule, String subjectId, int fiscalYear,
                                LocalDate referenceDate, LocalDate actDate, LocalDate deadline,
                                TimelinessStatus status, long daysLate, List<CalendarVersion> calendarVersions) {

    public TimelinessVerdict {
        calendarVersions = List.copyOf(calendarVersions);
    }

    public boolean compliant() {
        return status == TimelinessStatus.ON_TIME;
    }
}
