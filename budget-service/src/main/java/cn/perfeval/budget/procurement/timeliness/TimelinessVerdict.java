package cn.perfeval.budget.procurement.timeliness;

import cn.perfeval.budget.procurement.calendar.CalendarVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * One record judged against one rule: the two dates compared (named by {@link TimelinessRule}), the
 * deadline, whether the act was on time, how many calendar days after the deadline it happened (0 when
 * on time), and the calendar versions the deadline was computed with (empty when none was needed).
 */
public record TimelinessVerdict(TimelinessRule rule, String subjectId, int fiscalYear,
                                LocalDate referenceDate, LocalDate actDate, LocalDate deadline,
                                boolean compliant, long daysLate, List<CalendarVersion> calendarVersions) {

    public TimelinessVerdict {
        calendarVersions = List.copyOf(calendarVersions);
    }
}
