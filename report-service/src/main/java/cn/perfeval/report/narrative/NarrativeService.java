package cn.perfeval.report.narrative;

import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import cn.perfeval.platform.cycle.WriteWindow;
import cn.perfeval.platform.problem.Message;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.report.evaluation.EvaluationLock;
import cn.perfeval.report.rendering.NarrativeKeys;
import cn.perfeval.report.rendering.XmlText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;

/**
 * Writing narrative sections. Every accepted write is a new revision, which the draft shows at once and the next
 * approval publishes, and is announced as a narrative change (the section lengths scoring-service's validation
 * reads). The narrative is one of the evaluation's facts: it is refused while the evaluation is locked
 * ({@link WriteWindow}), and each accepted write (also one repeating the current text) is recorded in the audit trail
 * with the section before and after. A rejected write stores and announces nothing.
 */
@ApplicationScoped
public class NarrativeService {

    static final int MAX_LENGTH = TextLimits.NARRATIVE;
    /** The entityType of narrative entries in the audit trail (the entityId is the section key). */
    public static final String AUDITED_ENTITY = "narrative-section";

    private final NarrativeStore store;
    private final EvaluationLock lock;
    private final NarrativeChanges changes;
    private final WriteWindow window;
    private final AuditTrail audit;

    public NarrativeService(NarrativeStore store, EvaluationLock lock, NarrativeChanges changes, WriteWindow window,
            AuditTrail audit) {
        this.store = store;
        this.lock = lock;
        this.changes = changes;
        this.window = window;
        this.audit = audit;
    }

    @Transactional
    public NarrativeRevision write(String departmentCode, int fiscalYear, String key, NarrativeRequest request,
            String actor) {
        requireKnown(key);
        String text = validText(request);
        window.requireWritable(departmentCode, fiscalYear);
        lock.lock(departmentCode, fiscalYear);
        NarrativeRevision current = store.latest(departmentCode, fiscalYear, key).orElse(null);
        if (current != null && Objects.equals(current.text(), text)) {
            return audited(departmentCode, fiscalYear, key, current, current);
        }
        NarrativeRevision written = store.append(departmentCode, fiscalYear, key, text, actor);
        changes.announce(departmentCode, fiscalYear);
        return audited(departmentCode, fiscalYear, key, current, written);
    }

    /** Withdraws a section: the report shows the drafted text (or a placeholder) again; history is kept. */
    @Transactional
    public NarrativeRevision withdraw(String departmentCode, int fiscalYear, String key, String actor) {
        requireKnown(key);
        window.requireWritable(departmentCode, fiscalYear);
        lock.lock(departmentCode, fiscalYear);
        NarrativeRevision current = store.latest(departmentCode, fiscalYear, key)
                .orElseThrow(() -> ProblemException.notFound(NarrativeMessages.NEVER_WRITTEN.with(key)));
        if (current.text() == null) {
            return audited(departmentCode, fiscalYear, key, current, current);
        }
        NarrativeRevision withdrawn = store.append(departmentCode, fiscalYear, key, null, actor);
        changes.announce(departmentCode, fiscalYear);
        return audited(departmentCode, fiscalYear, key, current, withdrawn);
    }

    private NarrativeRevision audited(String departmentCode, int fiscalYear, String key, NarrativeRevision before,
            NarrativeRevision after) {
        audit.record(AuditedChange.of(departmentCode, fiscalYear, AUDITED_ENTITY, key, before, after));
        return after;
    }

    public List<NarrativeRevision> history(String departmentCode, int fiscalYear, String key) {
        requireKnown(key);
        return store.history(departmentCode, fiscalYear, key);
    }

    public NarrativeRevision current(String departmentCode, int fiscalYear, String key) {
        requireKnown(key);
        return store.latest(departmentCode, fiscalYear, key).orElse(new NarrativeRevision(key, 0, null, null, null));
    }

    static void requireKnown(String key) {
        if (NarrativeKeys.describe(key).isEmpty()) {
            throw ProblemException.notFound(NarrativeMessages.UNKNOWN_SECTION.with(key,
                    NarrativeKeys.fixedSections().keySet()));
        }
    }

    private static String validText(NarrativeRequest request) {
        String text = request == null ? null : request.text();
        if (text == null || text.isBlank()) {
            throw invalid(NarrativeMessages.BLANK.with());
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid(NarrativeMessages.TOO_LONG.with(MAX_LENGTH, text.length()));
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw invalid(NarrativeMessages.CONTROL_CHARACTERS.with());
        }
        if (!XmlText.isLegal(text)) {
            // U+FFFE, U+FFFF or a lone surrogate: the PDF and DOCX of every later version could not be produced
            throw invalid(NarrativeMessages.NONCHARACTERS.with());
        }
        return text.strip();
    }

    private static ProblemException invalid(Message message) {
        return new ProblemException(ProblemType.VALIDATION, NarrativeMessages.INVALID_TEXT.with(),
                List.of(new ProblemException.FieldMessage("text", message)));
    }
}
