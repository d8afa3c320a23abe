package cn.perfeval.budget.procurement.service;

import cn.perfeval.budget.facts.FactKind;
import cn.perfeval.budget.facts.FactStore;
import cn.perfeval.budget.procurement.calendar.CalendarSet;
import cn.perfeval.budget.procurement.calendar.CalendarVersion;
import cn.perfeval.budget.facts.ListPage;
import cn.perfeval.budget.procurement.timeliness.TimelinessRule;
import cn.perfeval.budget.procurement.timeliness.TimelinessStatus;
import cn.perfeval.budget.procurement.timeliness.TimelinessVerdict;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import cn.perfeval.budget.facts.SqlValues;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the stored verdicts equal to what the current records, calendars and date give: recomputed as a whole for
 * an evaluation after each procurement write, after a calendar that any of its verdicts used (or awaits) changes,
 * and when the deadline of an act not done yet passes (see PendingDeadlines). "Today" is the injected Clock's date.
 */
@ApplicationScoped
public class TimelinessVerdicts {

    private static final TypeReference<List<CalendarVersion>> VERSIONS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final FactStore store;
    private final ObjectMapper mapper;
    private final Clock clock;

    public TimelinessVerdicts(EntityManager entityManager, FactStore store, ObjectMapper mapper, Clock clock) {
        this.entityManager = entityManager;
        this.store = store;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * @throws cn.perfeval.budget.procurement.timeliness.InvalidTimelinessInputException e.g. signed before the notice
     * @throws cn.perfeval.budget.procurement.calendar.NoCalendarException a period runs into a year without a calendar
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(String dept, int year, CalendarSet calendars) {
        ProcurementJudge judge = new ProcurementJudge(calendars, year,
                store.list(dept, year, FactKind.AWARD_NOTICES, AwardNotice.class), LocalDate.now(clock));
        List<TimelinessVerdict> verdicts = new ArrayList<>();
        for (ProcurementIntention intention : store.list(dept, year, FactKind.INTENTIONS, ProcurementIntention.class)) {
            verdicts.addAll(judge.intention(intention));
        }
        for (ProcurementContract contract : store.list(dept, year, FactKind.CONTRACTS, ProcurementContract.class)) {
            verdicts.addAll(judge.contract(contract));
        }
        entityManager.createNativeQuery("DELETE FROM timeliness_verdict WHERE department_code = :dept AND fiscal_year = :year")
                .setParameter("dept", dept).setParameter("year", year).executeUpdate();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (TimelinessVerdict verdict : verdicts) {
            insert(dept, verdict, now);
        }
    }

    public List<VerdictView> list(String dept, int year) {
        return select(dept, year, Integer.MAX_VALUE, 0);
    }

    public ListPage<VerdictView> page(String dept, int year, int page, int size) {
        long total = ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM timeliness_verdict WHERE department_code = :dept AND fiscal_year = :year")
                .setParameter("dept", dept).setParameter("year", year).getSingleResult()).longValue();
        return new ListPage<>(select(dept, year, size, (long) page * size), page, size, total);
    }

    private List<VerdictView> select(String dept, int year, int limit, long offset) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT rule, subject_id, reference_date, act_date, deadline, status, days_late, calendar_versions
                  FROM timeliness_verdict WHERE department_code = :dept AND fiscal_year = :year
                 ORDER BY rule, subject_id LIMIT :limit OFFSET :offset
                """).setParameter("dept", dept).setParameter("year", year).setParameter("limit", limit)
                .setParameter("offset", offset).getResultList();
        return rows.stream().map(this::view).toList();
    }

    /**
     * The evaluations ("department:year") with a verdict computed with the calendar of the year {@code :year}, or
     * waiting for a calendar to know its deadline: the items of a calendar publication's re-judging job.
     */
    public static final String EVALUATIONS_USING_CALENDAR = """
            SELECT DISTINCT department_code || ':' || fiscal_year FROM timeliness_verdict
             WHERE calendar_years @> ARRAY[CAST(:year AS INTEGER)] OR (status = 'PENDING' AND deadline IS NULL)
            """;

    /** The evaluations with a pending act whose deadline lies before {@code today}: their verdicts are stale. */
    public List<Object[]> evaluationsWithDeadlinePassed(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT DISTINCT department_code, fiscal_year FROM timeliness_verdict
                 WHERE status = 'PENDING' AND deadline < :today
                """).setParameter("today", today).getResultList();
        return rows;
    }

    private void insert(String dept, TimelinessVerdict verdict, OffsetDateTime now) {
        String years = verdict.calendarVersions().stream().map(v -> String.valueOf(v.year()))
                .reduce((a, b) -> a + "," + b).orElse("");
        entityManager.createNativeQuery("""
                INSERT INTO timeliness_verdict (department_code, fiscal_year, rule, subject_id, reference_date, act_date,
                    deadline, status, days_late, calendar_years, calendar_versions, computed_at)
                VALUES (:dept, :year, :rule, :subject, :reference, CAST(:act AS DATE), CAST(:deadline AS DATE), :status,
                    :late, CAST(:years AS INTEGER[]), :versions, :now)
                """)
                .setParameter("dept", dept).setParameter("year", verdict.fiscalYear())
                .setParameter("rule", verdict.rule().name()).setParameter("subject", verdict.subjectId())
                .setParameter("reference", verdict.referenceDate()).setParameter("act", text(verdict.actDate()))
                .setParameter("deadline", text(verdict.deadline())).setParameter("status", verdict.status().name())
                .setParameter("late", verdict.daysLate()).setParameter("years", "{" + years + "}")
                .setParameter("versions", json(verdict.calendarVersions())).setParameter("now", now)
                .executeUpdate();
    }

    /** A date that may be null, as text the SQL casts back: a null parameter would have no type for the driver. */
    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private VerdictView view(Object[] row) {
        TimelinessRule rule = TimelinessRule.valueOf((String) row[0]);
        return VerdictView.of(rule, (String) row[1], SqlValues.date(row[2]), SqlValues.date(row[3]),
                SqlValues.date(row[4]), TimelinessStatus.valueOf((String) row[5]), ((Number) row[6]).longValue(),
                versions((String) row[7]));
    }

    private String json(List<CalendarVersion> versions) {
        try {
            return mapper.writeValueAsString(versions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<CalendarVersion> versions(String json) {
        try {
            return mapper.readValue(json, VERSIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored calendar versions unreadable", e);
        }
    }
}
