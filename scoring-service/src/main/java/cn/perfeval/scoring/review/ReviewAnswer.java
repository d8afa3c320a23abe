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

/** The department's answer to a reviewer's comment; appended, never changed. */
@Entity
@Table(name = "review_answer")
public class ReviewAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "comment_id")
    public long commentId;

    public String text;

    @Column(name = "written_by")
    public String writtenBy;

    @Column(name = "written_at")
    public OffsetDateTime writtenAt;

    /** The answers to the comments of one evaluation, oldest first. */
    public static List<ReviewAnswer> toCommentsOf(String departmentCode, int fiscalYear) {
        return list("commentId in (select c.id from ReviewComment c where c.departmentCode = ?1 and c.fiscalYear = ?2)"
                + " order by id", departmentCode, fiscalYear);
    }
}
