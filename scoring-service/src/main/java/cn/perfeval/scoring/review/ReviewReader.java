package cn.perfeval.scoring.review;

import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.JudgementFact;
import cn.perfeval.scoring.engine.facts.Reviews;
import cn.perfeval.scoring.engine.rules.RuleKind;
import cn.perfeval.scoring.engine.scheme.SchemeItem;
import cn.perfeval.scoring.judgement.Judgement;
import cn.perfeval.scoring.judgement.JudgementView;
import cn.perfeval.scoring.projection.FactRecord;
import cn.perfeval.scoring.projection.FactsAssembler;
import cn.perfeval.scoring.projection.ProjectionStore;
import cn.perfeval.scoring.rectification.task.RectificationTask;
import cn.perfeval.scoring.review.CommentView.AnswerView;
import cn.perfeval.scoring.review.ReviewView.GradeUnderReview;
import cn.perfeval.scoring.review.ReviewView.JudgementUnderReview;
import cn.perfeval.scoring.review.ReviewView.SelfAssessedGrade;
import cn.perfeval.scoring.scheme.SchemeCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts together the review of one evaluation. Whether a decision still applies, and which value counts, is the
 * engine's answer ({@link JudgementFact#countedPoints()}, {@link IndicatorFact#countedGrade()}), as for the score.
 */
@ApplicationScoped
public class ReviewReader {

    private final SchemeCatalog schemes;
    private final ProjectionStore projection;
    private final FactsAssembler assembler;

    public ReviewReader(SchemeCatalog schemes, ProjectionStore projection, FactsAssembler assembler) {
        this.schemes = schemes;
        this.projection = projection;
        this.assembler = assembler;
    }

    @Transactional
    public ReviewView read(String dept, int year) {
        List<ReviewDecisionEntry> decisions = ReviewDecisionEntry.of(dept, year);
        Reviews latest = ReviewDecisionEntry.latest(decisions);
        List<FactRecord> records = projection.load(dept, year);
        List<Judgement> own = Judgement.of(dept, year);
        Facts facts = assembler.assemble(dept, year, records, own, latest, RectificationTask.carriedInto(dept, year));
        Map<String, Judgement> ownByItem = own.stream().collect(Collectors.toMap(j -> j.itemCode, Function.identity()));
        Map<String, FactRecord> recordsById = records.stream()
                .collect(Collectors.toMap(FactRecord::entityId, Function.identity(), (first, second) -> first));
        List<JudgementUnderReview> judgements = schemes.currentScheme().scheme().items().stream()
                .filter(item -> RuleKind.JUDGEMENT.ruleName().equals(item.rule()))
                .map(item -> judgement(item, facts.judgements().get(item.code()), ownByItem.get(item.code()),
                        history(decisions, ReviewSubject.JUDGEMENT, item.code())))
                .toList();
        List<GradeUnderReview> grades = facts.indicators().stream()
                .filter(indicator -> indicator.comparator() == Comparator.QUALITATIVE)
                .map(indicator -> grade(indicator, recordsById.get(indicator.id()),
                        history(decisions, ReviewSubject.INDICATOR, indicator.id())))
                .toList();
        return new ReviewView(dept, year, judgements, grades, comments(dept, year));
    }

    private static JudgementUnderReview judgement(SchemeItem item, JudgementFact fact, Judgement own,
            List<DecisionView> history) {
        DecisionView decision = history.isEmpty() ? null : history.get(history.size() - 1);
        ReviewStatus status = ReviewStatus.of(fact != null, fact == null ? null : fact.review(),
                fact == null ? Optional.empty() : fact.currentReview());
        return new JudgementUnderReview(item.code(), item.name(), item.max(), own == null ? null : JudgementView.of(own),
                status, fact == null ? null : fact.countedPoints(), decision, history);
    }

    private static GradeUnderReview grade(IndicatorFact indicator, FactRecord record, List<DecisionView> history) {
        DecisionView decision = history.isEmpty() ? null : history.get(history.size() - 1);
        boolean assessed = indicator.grade() != null && indicator.qualitativeShare() != null;
        ReviewStatus status = ReviewStatus.of(assessed, indicator.review(), indicator.currentReview());
        JsonNode evidence = record == null ? null : record.payload().get("evidence");
        return new GradeUnderReview(indicator.id(), indicator.name(), indicator.level2(),
                new SelfAssessedGrade(indicator.grade(), indicator.qualitativeShare(), indicator.version(), evidence),
                status, indicator.countedGrade(), indicator.countedShare(), decision, history);
    }

    private static List<DecisionView> history(List<ReviewDecisionEntry> decisions, ReviewSubject subject, String id) {
        return decisions.stream().filter(d -> d.subjectType == subject && d.subjectId.equals(id))
                .map(DecisionView::of).toList();
    }

    private static List<CommentView> comments(String dept, int year) {
        Map<Long, List<AnswerView>> answers = ReviewAnswer.toCommentsOf(dept, year).stream()
                .collect(Collectors.groupingBy(answer -> answer.commentId,
                        Collectors.mapping(AnswerView::of, Collectors.toList())));
        return ReviewComment.of(dept, year).stream()
                .map(comment -> CommentView.of(comment, answers.getOrDefault(comment.id, List.of())))
                .toList();
    }
}
