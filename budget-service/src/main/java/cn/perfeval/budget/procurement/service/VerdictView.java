package cn.perfeval.budget.procurement.service;

import cn.perfeval.budget.procurement.calendar.CalendarVersion;
import cn.perfeval.budget.procurement.timeliness.TimelinessRule;
import cn.perfeval.budget.procurement.timeliness.TimelinessStatus;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored timeliness verdict: the rule, the record, the two dates compared (the act's is null while it is not
 * done), the deadline, the status and whether it counts as compliant (null while PENDING: not judged yet), how many
 * days late an act was done, and the calendar versions the deadline was computed with.
 */
@Schema(name = "TimelinessVerdict")
public record VerdictView(TimelinessRule rule, String title, String legalBasis, String subjectId,
                          String referenceDateField, LocalDate referenceDate,
                          String actDateField, LocalDate actDate,
                          @Schema(description = "null only while PENDING on a year whose calendar is not published")
                          LocalDate deadline,
                          TimelinessStatus status,
                          @Schema(description = "ON_TIME: true; LATE or OVERDUE: false; PENDING: null")
                          Boolean compliant,
                          long daysLate,
                          List<CalendarVersion> calendarVersions) {

    static VerdictView of(TimelinessRule rule, String subjectId, LocalDate referenceDate, LocalDate actDate,
                          LocalDate deadline, TimelinessStatus status, long daysLate, List<CalendarVersion> calendars) {
        return new VerdictView(rule, rule.title(), rule.legalBasis(), subjectId, rule.referenceDateField(), referenceDate,
                rule.actDateField(), actDate, deadline, status, status.judged() ? status == TimelinessStatus.ON_TIME : null,
                daysLate, calendars);
    }

    /** The sentence the record sets of the event carry; it names no "today", so it changes only with the verdict. */
    public String detail() {
        String basis = referenceDateField + " " + referenceDate + "; " + (calendarVersions.isEmpty()
                ? "calendar days, no calendar needed"
                : "calendar " + String.join(", ", calendarVersions.stream().map(CalendarVersion::version).toList()));
        return switch (status) {
            case ON_TIME -> actDateField + " " + actDate + " is within the deadline " + deadline + " (" + basis + ")";
            case LATE -> actDateField + " " + actDate + " is " + daysLate + " day(s) after the deadline " + deadline
                    + " (" + basis + ")";
            case OVERDUE -> "no " + actDateField + ": the deadline " + deadline + " has passed (" + basis + ")";
            case PENDING -> "no " + actDateField + " yet; " + (deadline == null
                    ? "the deadline falls in a year whose working-day calendar is not published (" + referenceDateField
                    + " " + referenceDate + ")"
                    : "the deadline is " + deadline + " (" + basis + ")");
        };
    }
}
