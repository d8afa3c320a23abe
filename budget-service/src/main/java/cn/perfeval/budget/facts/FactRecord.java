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

/** One input record of an evaluation as the API accepted it (validated JSON), with its own change count. */
@Entity
@Table(name = "fact_record")
@IdClass(FactRecord.Key.class)
public class FactRecord extends PanacheEntityBase {

    @Id
    @Column(name = "department_code")
    public String departmentCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Id
    @Enumerated(EnumType.STRING)
    public FactKind kind;

    @Id
    @Column(name = "record_id")
    public String recordId;

    /** Position in the list as last given, so lists read back in the caller's order. */
    public int ordinal;

    @Column(columnDefinition = "text")
    public String content;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** Composite key (Hibernate needs a class with the same field names as the ids). */
    public static class Key implements Serializable {
        public String departmentCode;
        public int fiscalYear;
        public FactKind kind;
        public String recordId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && java.util.Objects.equals(departmentCode, that.departmentCode)
                    && fiscalYear == that.fiscalYear
                    && java.util.Objects.equals(kind, that.kind)
                    && java.util.Objects.equals(recordId, that.recordId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(departmentCode, fiscalYear, kind, recordId);
        }
    }
}
