package cn.perfeval.scoring.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The reviewer's comment on one scorecard item; appended, never changed. */
@Entity
@Table(name = "review_comment")
public class ReviewComment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "department_code")
    public String departmentCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "item_code")
    public String itemCode;

    public String text;

    @Column(name = "written_by")
    public String writtenBy;

    @Column(name = "written_at")
    public OffsetDateTime writtenAt;

    public static List<ReviewComment> of(String departmentCode, int fiscalYear) {
        return list("departmentCode = ?1 and fiscalYear = ?2 order by id", departmentCode, fiscalYear);
    }

    /** The comment, if it belongs to this evaluation: an id of another evaluation is not found here. */
    public static Optional<ReviewComment> find(String departmentCode, int fiscalYear, long id) {
        return find("departmentCode = ?1 and fiscalYear = ?2 and id = ?3", departmentCode, fiscalYear, id)
                .firstResultOptional();
    }
}
