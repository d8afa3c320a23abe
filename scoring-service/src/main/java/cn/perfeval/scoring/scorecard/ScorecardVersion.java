package cn.perfeval.scoring.scorecard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stored scorecard of one evaluation. Immutable once written; a change makes the next version. */
@Entity
@Table(name = "scorecard_version")
@IdClass(ScorecardVersion.Key.class)
public class ScorecardVersion extends PanacheEntityBase {

    @Id
    @Column(name = "department_code")
    public String departmentCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Id
    public int version;

    @Column(name = "scheme_id")
    public String schemeId;

    @Column(name = "scheme_version")
    public String schemeVersion;

    public BigDecimal total;

    public String grade;

    public boolean complete;

    /** The full scorecard document, exactly as published on score-events. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String snapshot;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "computed_at")
    public OffsetDateTime computedAt;

    public static Optional<ScorecardVersion> latest(String departmentCode, int fiscalYear) {
        return find("departmentCode = ?1 and fiscalYear = ?2 order by version desc", departmentCode, fiscalYear)
                .firstResultOptional();
    }

    public static Optional<ScorecardVersion> of(String departmentCode, int fiscalYear, int version) {
        return find("departmentCode = ?1 and fiscalYear = ?2 and version = ?3", departmentCode, fiscalYear, version)
                .firstResultOptional();
    }

    public static List<ScorecardVersion> history(String departmentCode, int fiscalYear) {
        return list("departmentCode = ?1 and fiscalYear = ?2 order by version", departmentCode, fiscalYear);
    }

    /** Composite key (department, year, version). */
    public static class Key implements Serializable {
        public String departmentCode;
        public int fiscalYear;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && version == key.version && fiscalYear == key.fiscalYear
                    && java.util.Objects.equals(departmentCode, key.departmentCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(departmentCode, fiscalYear, version);
        }
    }
}
