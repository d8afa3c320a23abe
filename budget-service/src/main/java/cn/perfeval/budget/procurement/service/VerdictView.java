package cn.perfeval.budget.procurement.service;

import cn.perfeval.budget.procurement.calendar.CalendarVersion;
import cn.perfeval.budget.procurement.timeliness.TimelinessRule;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored timeliness verdict: the rule, the record, the two dates compared, the deadline, whether the act was on
 * time (and how many days late), and the calendar versions the deadline was computed with.
 */
@Schema(name = "TimelinessVerdict")
public record VerdictView(TimelinessRule rule, String title, String legalBasis, String subjectId,
                          String referenceDateField, LocalDate referenceDate,
                          String actDateField, LocalDate actDate,
                          LocalDate deadline, boolean compliant, long daysLate,
                          List<CalendarVersion> calendarVersions) {

    /** The sentence the record sets of the event carry. */
    public String detail() {
        String calendars = calendarVersions.isEmpty() ? "calendar days, no calendar needed"
                : "calendar " + String.join(", ", calendarVersions.stream().map(CalendarVersion::version).toList());
        return actDateField + " " + actDate + (compliant ? " is within " : " is " + daysLate + " day(s) after ")
                + "the deadline " + deadline + " (" + referenceDateField + " " + referenceDate + "; " + calendars + ")";
    }
}
