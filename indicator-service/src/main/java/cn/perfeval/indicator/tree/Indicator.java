package cn.perfeval.indicator.tree;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A level-3 performance indicator of one evaluation, placed under its level-1 category and level-2 name. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    /** Position in the published tables. */
    public int ordinal;

    /** {@link cn.perfeval.indicator.domain.IndicatorCategory} name. */
    public String level1;

    public String level2;

    public String name;

    /** {@link cn.perfeval.indicator.domain.Comparison} name, parsed from the annual target. */
    public String comparator;

    @Column(name = "period_target_text")
    public String periodTargetText;

    @Column(name = "annual_target_text")
    public String annualTargetText;

    /** The annual target in base units (60万人 → 600000); null for a qualitative target. */
    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "target_unit")
    public String targetUnit;

    public BigDecimal weight;

    @Column(name = "calculation_note")
    public String calculationNote;

    @Column(name = "actual_text")
    public String actualText;

    @Column(name = "actual_value")
    public BigDecimal actualValue;

    @Column(name = "actual_unit")
    public String actualUnit;

    @Column(name = "qualitative_grade")
    public String qualitativeGrade;

    @Column(name = "qualitative_share")
    public BigDecimal qualitativeShare;

    @Column(name = "evidence_document")
    public String evidenceDocument;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;

    /** Optimistic lock, ETag and event version in one. */
    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
