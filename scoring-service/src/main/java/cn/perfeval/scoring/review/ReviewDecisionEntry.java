package cn.perfeval.scoring.review;

import cn.perfeval.scoring.engine.facts.QualitativeGrade;
import cn.perfeval.scoring.engine.facts.Review;
import cn.perfeval.scoring.engine.facts.ReviewDecision;
import cn.perfeval.scoring.engine.facts.Reviews;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One decision of the bureau reviewer, appended and never changed; the latest per subject is the one that counts. */
@Entity
@Table(name = "review_decision")
public class ReviewDecisionEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "department_code")
    public String departmentCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    public ReviewSubject subjectType;

    @Column(name = "subject_id")
    public String subjectId;

    /** The version of the self-assessment the reviewer saw. */
    @Column(name = "reviewed_version")
    public long reviewedVersion;

    @Enumerated(EnumType.STRING)
    public ReviewDecision decision;

    public BigDecimal points;

    @Enumerated(EnumType.STRING)
    public QualitativeGrade grade;

    public BigDecimal share;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** Every decision of an evaluation, oldest first. */
    public static List<ReviewDecisionEntry> of(String departmentCode, int fiscalYear) {
        return list("departmentCode = ?1 and fiscalYear = ?2 order by id", departmentCode, fiscalYear);
    }

    /** The latest decision per subject of an evaluation, whether or not the self-assessment changed since. */
    public static Reviews latestOf(String departmentCode, int fiscalYear) {
        return latest(of(departmentCode, fiscalYear));
    }

    /** The latest per subject among {@code decisions}, which are oldest first. */
    static Reviews latest(List<ReviewDecisionEntry> decisions) {
        Map<String, Review> judgements = new HashMap<>();
        Map<String, Review> grades = new HashMap<>();
        for (ReviewDecisionEntry entry : decisions) {
            (entry.subjectType == ReviewSubject.JUDGEMENT ? judgements : grades).put(entry.subjectId, entry.toReview());
        }
        return new Reviews(judgements, grades);
    }

    public Review toReview() {
        return new Review(decision, reviewedVersion, points, grade, share, reason, decidedBy, decidedAt);
    }
}
