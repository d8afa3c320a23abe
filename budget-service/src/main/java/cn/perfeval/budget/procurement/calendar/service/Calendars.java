package cn.perfeval.budget.procurement.calendar.service;

import cn.perfeval.budget.procurement.calendar.CalendarJson;
import cn.perfeval.budget.procurement.calendar.CalendarSet;
import cn.perfeval.budget.procurement.calendar.CalendarVersion;
import cn.perfeval.budget.procurement.calendar.ShippedCalendars;
import cn.perfeval.budget.procurement.calendar.WorkingDayCalendar;
import cn.perfeval.platform.concurrency.AdvisoryLocks;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The working-day calendars in force, read from the database on every use (a handful of small rows), so every
 * instance of the service judges with the same data right after an administrator publishes a year.
 */
@ApplicationScoped
public class Calendars {

    /** The advisory lock under which an instance seeds the shipped years. */
    static final String SEED_LOCK = "budget:shipped-calendars";

    private final AdvisoryLocks locks;

    public Calendars(AdvisoryLocks locks) {
        this.locks = locks;
    }

    /**
     * Seeds the shipped years (2023–2026) once; a year an administrator has replaced is left alone. Instances that
     * start together seed one after another (a transaction-scoped advisory lock): the later one finds the rows the
     * first stored instead of failing its start on their primary key.
     */
    @Transactional
    void seedShipped(@Observes StartupEvent startup) {
        locks.hold(SEED_LOCK);
        CalendarSet shipped = ShippedCalendars.load();
        for (CalendarVersion version : shipped.versions()) {
            if (StoredCalendar.findById(version.year()) == null) {
                store(shipped.calendarFor(LocalDate.of(version.year(), 1, 1)), "shipped");
            }
        }
    }

    public CalendarSet current() {
        return CalendarSet.of(all());
    }

    public List<WorkingDayCalendar> all() {
        return StoredCalendar.<StoredCalendar>listAll(Sort.by("year")).stream()
                .map(row -> CalendarJson.read(row.document)).toList();
    }

    public Optional<WorkingDayCalendar> of(int year) {
        return StoredCalendar.<StoredCalendar>findByIdOptional(year).map(row -> CalendarJson.read(row.document));
    }

    /** The year's calendar, its row locked until the transaction ends, so a publication can check what it replaces. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WorkingDayCalendar> forUpdate(int year) {
        return StoredCalendar.<StoredCalendar>findByIdOptional(year, LockModeType.PESSIMISTIC_WRITE)
                .map(row -> CalendarJson.read(row.document));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void store(WorkingDayCalendar calendar, String actor) {
        StoredCalendar row = StoredCalendar.findById(calendar.year());
        boolean isNew = row == null;
        if (isNew) {
            row = new StoredCalendar();
            row.year = calendar.year();
        }
        row.version = calendar.version();
        row.contentHash = calendar.calendarVersion().contentHash();
        row.document = CalendarJson.write(calendar);
        row.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.updatedBy = actor;
        if (isNew) {
            row.persist();
        }
    }
}
