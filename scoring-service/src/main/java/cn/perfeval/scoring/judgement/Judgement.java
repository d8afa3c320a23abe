package cn.perfeval.scoring.judgement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** The current verdict on one judgement item of one evaluation. Its history is in {@code judgement_history}. */
@Entity
@Table(name = "judgement")
@IdClass(Judgement.Key.class)
public class Judgement extends PanacheEntityBase {

    @Id
    @Column(name = "department_code")
    public String departmentCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Id
    @Column(name = "item_code")
    public String itemCode;

    public BigDecimal points;

    public String text;

    @Column(name = "evidence_document")
    public String evidenceDocument;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "evidence_date")
    public LocalDate evidenceDate;

    public long version;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static List<Judgement> of(String departmentCode, int fiscalYear) {
        return list("departmentCode = ?1 and fiscalYear = ?2 order by itemCode", departmentCode, fiscalYear);
    }

    /** Composite key (department, year, item). */
    public static class Key implements Serializable {
        public String departmentCode;
        public int fiscalYear;
        public String itemCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && fiscalYear == key.fiscalYear
                    && Objects.equals(departmentCode, key.departmentCode) && Objects.equals(itemCode, key.itemCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(departmentCode, fiscalYear, itemCode);
        }
    }
}
