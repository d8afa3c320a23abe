package cn.perfeval.budget.procurement.service;

import cn.perfeval.budget.procurement.calendar.CalendarVersion;
import cn.perfeval.budget.procurement.timeliness.TimelinessRule;
import cn.perfeval.budget.procurement.timeliness.TimelinessVerdict;
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

    /** A verdict just computed, described as a stored one is. */
    public static VerdictView of(TimelinessVerdict verdict) {
        return of(verdict.rule(), verdict.subjectId(), verdict.referenceDate(), verdict.actDate(), verdict.deadline(),
                verdict.status(), verdict.daysLate(), verdict.calendarVersions());
    }

    static VerdictView of(TimelinessRule rule, String subjectId, LocalDate referenceDate, LocalDate actDate,
                          LocalDate deadline, TimelinessStatus status, long daysLate, List<CalendarVersion> calendars) {
        return new VerdictView(rule, rule.title(), rule.legalBasis(), subjectId, rule.referenceDateField(), referenceDate,
                rule.actDateField(), actDate, deadline, status, status.judged() ? status == TimelinessStatus.ON_TIME : null,
                daysLate, calendars);
    }

    /**
     * The sentence the record sets of the event carry, in the words the report quotes (e.g. "中标、成交通知书发出于
     * 2023-07-03，合同签订于2023-08-15，超过期限2023-08-02共13日（依据2023-v1工作日安排）"). It names no
     * "today", so it changes only with the verdict.
     */
    public String detail() {
        String reference = rule.referenceEvent() + "于" + referenceDate;
        String basis = "（" + (calendarVersions.isEmpty() ? "按自然日计算"
                : "依据" + String.join("、", calendarVersions.stream().map(CalendarVersion::version).toList()) + "工作日安排")
                + "）";
        return switch (status) {
            case ON_TIME -> reference + "，" + rule.act() + "于" + actDate + "，未超过期限" + deadline + basis;
            case LATE -> reference + "，" + rule.act() + "于" + actDate + "，超过期限" + deadline + "共" + daysLate + "日" + basis;
            case OVERDUE -> reference + "，期限" + deadline + "已过，仍未完成" + rule.act() + basis;
            case PENDING -> reference + "，尚未完成" + rule.act() + "，" + (deadline == null
                    ? "期限所在年度的节假日安排尚未发布，期限暂不能确定" : "期限为" + deadline + basis);
        };
    }
}
