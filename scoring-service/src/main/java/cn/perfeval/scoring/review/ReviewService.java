package cn.perfeval.scoring.review;

import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.ReviewDecision;
import cn.perfeval.scoring.engine.facts.Reviews;
import cn.perfeval.scoring.engine.scheme.SchemeItem;
import cn.perfeval.scoring.judgement.Judgement;
import cn.perfeval.scoring.judgement.JudgementService;
import cn.perfeval.scoring.projection.FactEventType;
import cn.perfeval.scoring.projection.FactsAssembler;
import cn.perfeval.scoring.projection.ProjectionStore;
import cn.perfeval.scoring.recompute.PendingRecomputes;
import cn.perfeval.scoring.review.CommentView.AnswerView;
import cn.perfeval.scoring.scheme.SchemeCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The bureau reviewer's decisions on self-assessed values and comments on scorecard items, and the department's
 * answers: each appended with who and when. A decision queues a rescore, as a self-assessment does.
 */
@ApplicationScoped
public class ReviewService {

    private final JudgementService judgements;
    private final SchemeCatalog schemes;
    private final ProjectionStore projection;
    private final FactsAssembler assembler;
    private final PendingRecomputes pending;
    private final ReviewWindow window;
    private final AuditTrail audit;

    public ReviewService(JudgementService judgements, SchemeCatalog schemes, ProjectionStore projection,
            FactsAssembler assembler, PendingRecomputes pending, ReviewWindow window, AuditTrail audit) {
        this.judgements = judgements;
        this.schemes = schemes;
        this.projection = projection;
        this.assembler = assembler;
        this.pending = pending;
        this.window = window;
        this.audit = audit;
    }

    @Transactional
    public DecisionView reviewJudgement(String dept, int year, String itemCode, JudgementReviewRequest request,
            String actor) {
        SchemeItem item = judgements.judgementItem(itemCode);
        window.requireReviewable(dept, year);
        Judgement self = Judgement.<Judgement>find("departmentCode = ?1 and fiscalYear = ?2 and itemCode = ?3",
                dept, year, itemCode).firstResultOptional()
                .orElseThrow(() -> nothingToReview("item " + itemCode));
        requireAdjustmentParts(request.decision(), request.points() != null, "points", request.reason());
        if (request.points() != null && request.points().compareTo(item.max()) > 0) {
            throw unprocessable("points", "must be at most " + item.max().toPlainString() + ", the item's maximum");
        }
        ReviewDecisionEntry entry = entry(dept, year, ReviewSubject.JUDGEMENT, itemCode, self.version, actor);
        entry.decision = request.decision();
        entry.points = request.points();
        entry.reason = request.reason();
        return record(entry);
    }

    @Transactional
    public DecisionView reviewGrade(String dept, int year, String indicatorId, GradeReviewRequest request, String actor) {
        IndicatorFact indicator = qualitativeIndicator(dept, year, indicatorId);
        window.requireReviewable(dept, year);
        if (indicator.grade() == null || indicator.qualitativeShare() == null) {
            throw nothingToReview("indicator " + indicatorId);
        }
        requireAdjustmentParts(request.decision(), request.grade() != null, "grade", request.reason());
        if (request.share() != null && request.grade() == null) {
            throw ProblemException.validation("share", "only an adjusted grade carries a share");
        }
        if (request.share() != null && !request.grade().admits(request.share())) {
            throw unprocessable("share", "must lie in the band of " + request.grade().label() + " ["
                    + request.grade().lowestShare() + ", " + request.grade().highestShare() + "]");
        }
        ReviewDecisionEntry entry = entry(dept, year, ReviewSubject.INDICATOR, indicatorId, indicator.version(), actor);
        entry.decision = request.decision();
        entry.grade = request.grade();
        // Without a share of their own, the reviewer's grade keeps the department's share as far as its band allows.
        entry.share = request.grade() == null ? null
                : request.share() != null ? request.share() : request.grade().nearestShare(indicator.qualitativeShare());
        entry.reason = request.reason();
        return record(entry);
    }

    @Transactional
    public CommentView comment(String dept, int year, CommentRequest request, String actor) {
        if (schemes.currentScheme().scheme().items().stream().noneMatch(i -> i.code().equals(request.itemCode()))) {
            throw ProblemException.validation("itemCode", "the scheme has no item " + request.itemCode());
        }
        window.requireReviewable(dept, year);
        ReviewComment comment = new ReviewComment();
        comment.departmentCode = dept;
        comment.fiscalYear = year;
        comment.itemCode = request.itemCode();
        comment.text = request.text();
        comment.writtenBy = actor;
        comment.writtenAt = now();
        comment.persist();
        CommentView view = CommentView.of(comment, List.of());
        audit.record(AuditedChange.of(dept, year, "review-comment", String.valueOf(comment.id), null, view));
        return view;
    }

    @Transactional
    public AnswerView answer(String dept, int year, long commentId, AnswerRequest request, String actor) {
        ReviewComment comment = ReviewComment.find(dept, year, commentId)
                .orElseThrow(() -> ProblemException.notFound("No comment " + commentId + " in " + dept + "/" + year));
        window.requireAnswerable(dept, year);
        ReviewAnswer answer = new ReviewAnswer();
        answer.commentId = comment.id;
        answer.text = request.text();
        answer.writtenBy = actor;
        answer.writtenAt = now();
        answer.persist();
        AnswerView view = AnswerView.of(answer);
        audit.record(AuditedChange.of(dept, year, "review-answer", commentId + "/" + answer.id, null, view));
        return view;
    }

    /** The evaluation's qualitative indicator {@code indicatorId} as the engine reads it (its review left aside). */
    private IndicatorFact qualitativeIndicator(String dept, int year, String indicatorId) {
        IndicatorFact indicator = projection.load(dept, year).stream()
                .filter(r -> r.entityType().equals(FactEventType.INDICATOR) && r.entityId().equals(indicatorId))
                .findFirst()
                .map(r -> assembler.assemble(dept, year, List.of(r), List.of(), Reviews.NONE, List.of())
                        .indicators().get(0))
                .orElseThrow(() -> ProblemException.notFound("No indicator " + indicatorId + " in " + dept + "/" + year));
        if (indicator.comparator() != Comparator.QUALITATIVE) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Indicator " + indicatorId + " is scored from its "
                    + "actual value, not a grade; the department corrects its actual instead");
        }
        return indicator;
    }

    private static void requireAdjustmentParts(ReviewDecision decision, boolean hasValue, String valueField,
            String reason) {
        if (decision == ReviewDecision.ADJUSTED && !hasValue) {
            throw ProblemException.validation(valueField, "an adjustment needs the reviewer's " + valueField);
        }
        if (decision == ReviewDecision.ADJUSTED && (reason == null || reason.isBlank())) {
            throw ProblemException.validation("reason", "an adjustment needs a reason");
        }
        if (decision == ReviewDecision.CONFIRMED && hasValue) {
            throw ProblemException.validation(valueField, "only an adjustment carries " + valueField
                    + "; a confirmation keeps the self-assessed value");
        }
    }

    private static ReviewDecisionEntry entry(String dept, int year, ReviewSubject subject, String subjectId,
            long reviewedVersion, String actor) {
        ReviewDecisionEntry entry = new ReviewDecisionEntry();
        entry.departmentCode = dept;
        entry.fiscalYear = year;
        entry.subjectType = subject;
        entry.subjectId = subjectId;
        entry.reviewedVersion = reviewedVersion;
        entry.decidedBy = actor;
        entry.decidedAt = now();
        return entry;
    }

    private DecisionView record(ReviewDecisionEntry entry) {
        entry.persist();
        pending.request(entry.departmentCode, entry.fiscalYear);
        DecisionView view = DecisionView.of(entry);
        audit.record(AuditedChange.of(entry.departmentCode, entry.fiscalYear, "review-decision",
                entry.subjectType + ":" + entry.subjectId, null, view));
        return view;
    }

    private static ProblemException nothingToReview(String subject) {
        return ProblemException.conflict("The department has not assessed " + subject + " yet: there is nothing to review");
    }

    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
