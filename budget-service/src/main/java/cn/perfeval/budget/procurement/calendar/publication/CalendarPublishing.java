package cn.perfeval.budget.procurement.calendar.publication;

import cn.perfeval.budget.procurement.calendar.service.Calendars;
import cn.perfeval.budget.procurement.calendar.CalendarJson;
import cn.perfeval.budget.procurement.calendar.WorkingDayCalendar;
import cn.perfeval.budget.procurement.service.ProcurementWrites;
import cn.perfeval.budget.procurement.service.TimelinessVerdicts;
import cn.perfeval.platform.concurrency.IfMatch;
import cn.perfeval.platform.jobs.EvaluationJobHandler;
import cn.perfeval.platform.jobs.JobView;
import cn.perfeval.platform.jobs.Jobs;
import cn.perfeval.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/**
 * An administrator publishes a year's calendar (the next year's notice each December, or a correction). The calendar
 * is in force once the publication commits; every evaluation with a verdict computed with that year is re-judged by a
 * background job started in the same transaction (a province has thousands), in batches, and its procurement snapshot
 * is republished if the verdicts (or the calendar version they name) changed. A publication that names the calendar
 * it replaces (its content hash, from If-Match) is refused when that is no longer the one in force.
 */
@ApplicationScoped
public class CalendarPublishing implements EvaluationJobHandler {

    static final String KIND = "calendar-rejudge";

    private final Calendars calendars;
    private final ProcurementWrites procurement;
    private final Jobs jobs;

    public CalendarPublishing(Calendars calendars, ProcurementWrites procurement, Jobs jobs) {
        this.calendars = calendars;
        this.procurement = procurement;
        this.jobs = jobs;
    }

    /**
     * @param expectedHash the content hash of the calendar the administrator read, null to replace whatever is there
     * @return the job re-judging the evaluations that used the year (with nothing to do when the document is the
     *         calendar in force already)
     */
    @Transactional
    public JobView publish(int year, String document, String expectedHash, String actor) {
        WorkingDayCalendar calendar = CalendarJson.read(document);
        if (calendar.year() != year) {
            throw ProblemException.validation("year", "the document is the calendar of " + calendar.year()
                    + ", not of " + year);
        }
        Optional<WorkingDayCalendar> current = calendars.forUpdate(year);
        IfMatch.require(expectedHash, current.map(stored -> stored.calendarVersion().contentHash()).orElse(null),
                "The calendar of " + year);
        String subject = year + ":" + calendar.version();
        if (current.isPresent() && current.get().equals(calendar)) {
            return jobs.startEmpty(KIND, subject, actor);
        }
        if (current.isPresent() && current.get().version().equals(calendar.version())) {
            throw ProblemException.conflict("Calendar " + year + " version '" + calendar.version()
                    + "' exists with other content; publish the change under a new version label so verdicts"
                    + " computed with either stay traceable");
        }
        calendars.store(calendar, actor);
        return jobs.start(KIND, subject, actor, TimelinessVerdicts.EVALUATIONS_USING_CALENDAR, Map.of("year", year));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Re-judges the evaluation with the calendars in force now, in the batch's transaction. */
    @Override
    public void process(String department, int year) {
        procurement.rejudge(department, year);
    }
}
