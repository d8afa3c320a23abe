package cn.perfeval.budget.procurement.calendar.service;

import cn.perfeval.budget.procurement.calendar.CalendarJson;
import cn.perfeval.budget.procurement.calendar.WorkingDayCalendar;
import cn.perfeval.budget.procurement.service.ProcurementWrites;
import cn.perfeval.budget.procurement.service.TimelinessVerdicts;
import cn.perfeval.platform.concurrency.IfMatch;
import cn.perfeval.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * An administrator publishes a year's calendar (the next year's notice each December, or a correction). Every
 * evaluation with a verdict computed with that year is re-judged in the same transaction, and its procurement
 * snapshot is republished if the verdicts (or the calendar version they name) changed. A publication that names
 * the calendar it replaces (its content hash, from If-Match) is refused when that is no longer the one in force.
 */
@ApplicationScoped
public class CalendarPublishing {

    private final Calendars calendars;
    private final TimelinessVerdicts verdicts;
    private final ProcurementWrites procurement;

    public CalendarPublishing(Calendars calendars, TimelinessVerdicts verdicts, ProcurementWrites procurement) {
        this.calendars = calendars;
        this.verdicts = verdicts;
        this.procurement = procurement;
    }

    /**
     * @param expectedHash the content hash of the calendar the administrator read, null to replace whatever is there
     * @return the number of evaluations re-judged
     */
    @Transactional
    public int publish(int year, String document, String expectedHash, String actor) {
        WorkingDayCalendar calendar = CalendarJson.read(document);
        if (calendar.year() != year) {
            throw ProblemException.validation("year", "the document is the calendar of " + calendar.year()
                    + ", not of " + year);
        }
        Optional<WorkingDayCalendar> current = calendars.forUpdate(year);
        IfMatch.require(expectedHash, current.map(stored -> stored.calendarVersion().contentHash()).orElse(null),
                "The calendar of " + year);
        if (current.isPresent() && current.get().equals(calendar)) {
            return 0;
        }
        if (current.isPresent() && current.get().version().equals(calendar.version())) {
            throw ProblemException.conflict("Calendar " + year + " version '" + calendar.version()
                    + "' exists with other content; publish the change under a new version label so verdicts"
                    + " computed with either stay traceable");
        }
        calendars.store(calendar, actor);
        int rejudged = 0;
        for (Object[] evaluation : verdicts.evaluationsUsingCalendar(year)) {
            procurement.rejudge((String) evaluation[0], ((Number) evaluation[1]).intValue());
            rejudged++;
        }
        return rejudged;
    }
}
