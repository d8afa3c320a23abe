package cn.perfeval.scoring.judgement;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.scoring.cycle.state.StateRequirements;
import cn.perfeval.scoring.engine.scheme.SchemeItem;
import cn.perfeval.scoring.recompute.PendingRecomputes;
import cn.perfeval.scoring.scheme.SchemeCatalog;
import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Records the department's self-assessments (自评) of judgement items, keeps their history, and queues the evaluation
 * for rescoring. The bureau reviews them in {@code review/}.
 */
@ApplicationScoped
public class JudgementService {

    static final String JUDGEMENT_RULE = "judgement";
    /** The entityType of judgement entries in the audit trail (the entityId is the item code). */
    public static final String AUDITED_ENTITY = "judgement";

    private final SchemeCatalog schemes;
    private final PendingRecomputes pending;
    private final StateRequirements states;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    public JudgementService(SchemeCatalog schemes, PendingRecomputes pending, StateRequirements states,
            EntityManager entityManager, AuditTrail audit) {
        this.schemes = schemes;
        this.pending = pending;
        this.states = states;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @Transactional
    public Judgement record(String dept, int year, String itemCode, JudgementRequest request, String actor) {
        states.requireFactsWritable(dept, year);
        SchemeItem item = judgementItem(itemCode);
        if (request.points().compareTo(item.max()) > 0) {
            throw ProblemException.validation("points", "must be at most " + item.max().toPlainString()
                    + ", the item's maximum");
        }
        if (isBlank(request.evidenceDocument()) && isBlank(request.evidenceUrl())) {
            throw ProblemException.validation("evidenceDocument", "a judgement needs evidence: a document, a URL or both");
        }
        Judgement judgement = Judgement.<Judgement>find("departmentCode = ?1 and fiscalYear = ?2 and itemCode = ?3",
                dept, year, itemCode).firstResultOptional().orElseGet(() -> {
                    Judgement created = new Judgement();
                    created.departmentCode = dept;
                    created.fiscalYear = year;
                    created.itemCode = itemCode;
                    return created;
                });
        JudgementView before = judgement.version == 0 ? null : JudgementView.of(judgement);
        judgement.points = request.points();
        judgement.text = request.text();
        judgement.evidenceDocument = request.evidenceDocument();
        judgement.evidenceUrl = request.evidenceUrl();
        judgement.evidenceDate = request.evidenceDate();
        judgement.version++;
        judgement.updatedBy = actor;
        judgement.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        judgement.persist();
        appendHistory(judgement);
        pending.request(dept, year);
        audit.record(AuditedChange.of(dept, year, AUDITED_ENTITY, itemCode, before, JudgementView.of(judgement)));
        return judgement;
    }

    public List<JudgementHistoryEntry> history(String dept, int year, String itemCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT version, points, text, evidence_document, evidence_url, evidence_date, changed_by, changed_at
                  FROM judgement_history
                 WHERE department_code = :dept AND fiscal_year = :year AND item_code = :item ORDER BY version
                """).setParameter("dept", dept).setParameter("year", year).setParameter("item", itemCode).getResultList();
        // An item the scheme dropped keeps its history; one that never existed is not an empty history.
        if (rows.isEmpty() && schemes.currentScheme().scheme().items().stream().noneMatch(i -> i.code().equals(itemCode))) {
            throw ProblemException.notFound("The scheme has no item " + itemCode);
        }
        return rows.stream().map(JudgementHistoryEntry::of).toList();
    }

    /** The current scheme's item {@code itemCode}: a 404 problem when there is none, a 422 when data scores it. */
    public SchemeItem judgementItem(String itemCode) {
        SchemeItem item = schemes.currentScheme().scheme().items().stream()
                .filter(candidate -> candidate.code().equals(itemCode)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("The scheme has no item " + itemCode));
        if (!JUDGEMENT_RULE.equals(item.rule())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Item " + itemCode + " is scored from data by the rule '"
                    + item.rule() + "'; correct its facts instead of judging it");
        }
        return item;
    }

    private void appendHistory(Judgement j) {
        entityManager.createNativeQuery("""
                INSERT INTO judgement_history (department_code, fiscal_year, item_code, version, points, text,
                    evidence_document, evidence_url, evidence_date, changed_by, changed_at)
                VALUES (:dept, :year, :item, :version, :points, :text, :document, :url, :date, :by, :at)
                """)
                .setParameter("dept", j.departmentCode).setParameter("year", j.fiscalYear)
                .setParameter("item", j.itemCode).setParameter("version", j.version)
                .setParameter("points", j.points).setParameter("text", j.text)
                .setParameter("document", j.evidenceDocument).setParameter("url", j.evidenceUrl)
                .setParameter("date", j.evidenceDate).setParameter("by", j.updatedBy).setParameter("at", j.updatedAt)
                .executeUpdate();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
