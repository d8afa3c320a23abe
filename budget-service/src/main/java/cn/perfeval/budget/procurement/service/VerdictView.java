package cn.perfeval.budget.procurement.service;

import cn.perfeval.budget.procurement.calendar.CalendarVersion;
import cn.perfeval.budget.procurement.timeliness.TimelinessRule;
import cn.perfeval.budget.procurement.timeliness.TimelinessVerdict;
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

    /** A verdict just computed, described as a stored one is. */
    public static VerdictView of(TimelinessVerdict verdict) {
        TimelinessRule rule = verdict.rule();
        return new VerdictView(rule, rule.title(), rule.legalBasis(), verdict.subjectId(),
                rule.referenceDateField(), verdict.referenceDate(), rule.actDateField(), verdict.actDate(),
                verdict.deadline(), verdict.compliant(), verdict.daysLate(), verdict.calendarVersions());
    }

    /** The sentence the record sets of the event carry. */
    public String detail() {
        String calendars = calendarVersions.isEmpty() ? "calendar days, no calendar needed"
                : "calendar " + String.join(", ", calendarVersions.stream().map(CalendarVersion::version).toList());
        return actDateField + " " + actDate + (compliant ? " is within " : " is " + daysLate + " day(s) after ")
                + "the deadline " + deadline + " (" + referenceDateField + " " + referenceDate + "; " + calendars + ")";
    }
}
