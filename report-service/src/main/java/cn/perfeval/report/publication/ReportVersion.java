package cn.perfeval.report.publication;

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
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One public, immutable version of a report: each answers an approval whose content differed from the one before. */
@Entity
@Table(name = "report_version")
@IdClass(ReportVersion.Key.class)
public class ReportVersion extends PanacheEntityBase {

    @Id
    @Column(name = "department_code")
    public String departmentCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Id
    public int number;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "scorecard_version")
    public int scorecardVersion;

    public BigDecimal total;

    /** The structured report ({@link cn.perfeval.report.rendering.ReportContent}) as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The correlation id of the request, or the scorecard event, that caused this version. */
    @Column(name = "correlation_id")
    public String correlationId;

    /** The public, immutable address of this version, relative to the service. */
    public String url() {
        return "/reports/" + departmentCode + "/" + fiscalYear + "/versions/" + number;
    }

    public static Optional<ReportVersion> latest(String departmentCode, int fiscalYear) {
        return find("departmentCode = ?1 and fiscalYear = ?2 order by number desc", departmentCode, fiscalYear)
                .firstResultOptional();
    }

    /** Only the number of the latest version: an index lookup that reads none of the stored report. */
    public static Optional<Integer> latestNumber(String departmentCode, int fiscalYear) {
        return Optional.ofNullable(getEntityManager().createQuery(
                "select max(v.number) from ReportVersion v where v.departmentCode = ?1 and v.fiscalYear = ?2",
                Integer.class).setParameter(1, departmentCode).setParameter(2, fiscalYear).getSingleResult());
    }

    public static Optional<ReportVersion> of(String departmentCode, int fiscalYear, int number) {
        return find("departmentCode = ?1 and fiscalYear = ?2 and number = ?3", departmentCode, fiscalYear, number)
                .firstResultOptional();
    }

    public static List<ReportVersion> history(String departmentCode, int fiscalYear) {
        return list("departmentCode = ?1 and fiscalYear = ?2 order by number", departmentCode, fiscalYear);
    }

    /** Composite key (department, year, number). */
    public static class Key implements Serializable {
        public String departmentCode;
        public int fiscalYear;
        public int number;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && number == key.number && fiscalYear == key.fiscalYear
                    && Objects.equals(departmentCode, key.departmentCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(departmentCode, fiscalYear, number);
        }
    }
}
