package cn.perfeval.budget.procurement.calendar.publication;

import cn.perfeval.budget.procurement.calendar.HolidayArrangement;
import cn.perfeval.budget.procurement.calendar.HolidayNotice;
import cn.perfeval.budget.procurement.calendar.WorkingDayCalendar;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year's working-day calendar: the notice, its holiday arrangements, and the version verdicts cite. */
@Schema(name = "WorkingDayCalendar")
public record CalendarView(@Schema(example = "2023") int year, @Schema(example = "2023-v1") String version,
                           String contentHash, HolidayNotice notice, List<HolidayArrangement> holidays) {

    public static CalendarView of(WorkingDayCalendar calendar) {
        return new CalendarView(calendar.year(), calendar.version(), calendar.calendarVersion().contentHash(),
                calendar.notice(), calendar.holidays());
    }
}
