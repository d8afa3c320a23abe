package cn.perfeval.budget.procurement.calendar.service;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The calendar in force for one year, as its JSON document (see CalendarJson). */
@Entity
@Table(name = "working_day_calendar")
public class StoredCalendar extends PanacheEntityBase {

    @Id
    public int year;

    public String version;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(columnDefinition = "text")
    public String document;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
