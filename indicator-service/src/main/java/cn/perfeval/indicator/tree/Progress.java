package cn.perfeval.indicator.tree;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One dated mid-year value of an indicator (运行监控). */
@Entity
@Table(name = "indicator_progress")
public class Progress extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "indicator_id")
    public UUID indicatorId;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "value_text")
    public String valueText;

    public BigDecimal value;

    public String unit;

    public String note;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;

    public static List<Progress> of(UUID indicatorId) {
        return list("indicatorId = ?1 order by asOf", indicatorId);
    }
}
