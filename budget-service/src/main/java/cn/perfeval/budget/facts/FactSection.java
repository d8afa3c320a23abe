package cn.perfeval.budget.facts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** That a kind of input was reported for an evaluation, and how many times it changed. */
@Entity
@Table(name = "fact_section")
@IdClass(FactSection.Key.class)
public class FactSection extends PanacheEntityBase {

    @Id
    @Column(name = "department_code")
    public String departmentCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Id
    @Enumerated(EnumType.STRING)
    public FactKind kind;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Composite key (Hibernate needs a class with the same field names as the ids). */
    public static class Key implements Serializable {
        public String departmentCode;
        public int fiscalYear;
        public FactKind kind;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && java.util.Objects.equals(departmentCode, that.departmentCode)
                    && fiscalYear == that.fiscalYear
                    && java.util.Objects.equals(kind, that.kind);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(departmentCode, fiscalYear, kind);
        }
    }
}
