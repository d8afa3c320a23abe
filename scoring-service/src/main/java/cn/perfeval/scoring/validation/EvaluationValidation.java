package cn.perfeval.scoring.validation;

import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.scoring.projection.ProjectionStore;
import cn.perfeval.scoring.scheme.SchemeCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the current scheme's validation rules over an evaluation's facts and narrative, and keeps the department's
 * explanations of warnings.
 */
@ApplicationScoped
public class EvaluationValidation {

    private final ValidationRuleCatalog rules;
    private final SchemeCatalog schemes;
    private final ProjectionStore projection;
    private final NarrativeStore narrative;
    private final ExplanationStore explanations;
    private final AuditTrail audit;

    public EvaluationValidation(ValidationRuleCatalog rules, SchemeCatalog schemes, ProjectionStore projection,
            NarrativeStore narrative, ExplanationStore explanations, AuditTrail audit) {
        this.rules = rules;
        this.schemes = schemes;
        this.projection = projection;
        this.narrative = narrative;
        this.explanations = explanations;
        this.audit = audit;
    }

    /** The findings of an evaluation that exists (404 otherwise). */
    @Transactional
    public ValidationReport validate(String dept, int year) {
        if (!projection.evaluationExists(dept, year)) {
            throw ProblemException.notFound("No evaluation of " + dept + " for " + year + ": no facts were reported");
        }
        String schemeId = schemes.currentScheme().scheme().id();
        EvaluationInputs inputs = new EvaluationInputs(projection.load(dept, year), narrative.sections(dept, year));
        Map<String, Explanation> explained = explanations.of(dept, year);
        List<Finding> findings = new ArrayList<>();
        for (ValidationRule rule : rules.rulesOf(schemeId)) {
            for (Hit hit : rule.find(inputs)) {
                Explanation explanation = rule.severity() == Severity.WARNING ? explained.get(
                        ExplanationStore.key(rule.id(), hit.record().type(), hit.record().id())) : null;
                findings.add(new Finding(rule.id(), rule.severity(), rule.messageFor(hit), hit.record(), explanation));
            }
        }
        return ValidationReport.of(dept, year, schemeId, findings);
    }

    /** Explains a current warning finding; a blocking finding, or one that does not exist now, is a 422. */
    @Transactional
    public ValidationReport explain(String dept, int year, ExplanationRequest request, String actor) {
        Finding finding = validate(dept, year).findings().stream()
                .filter(candidate -> candidate.ruleId().equals(request.ruleId())
                        && candidate.record().type().equals(request.record().type())
                        && candidate.record().id().equals(request.record().id()))
                .findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE, "There is no finding of rule "
                        + request.ruleId() + " on " + request.record().type() + " " + request.record().id() + " now"));
        if (finding.severity() == Severity.BLOCKING) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Rule " + finding.ruleId()
                    + " is blocking: correct the record instead of explaining it (" + finding.message() + ")");
        }
        Explanation explanation = new Explanation(request.text(), actor, OffsetDateTime.now(ZoneOffset.UTC));
        explanations.save(dept, year, finding.ruleId(), finding.record(), explanation);
        audit.record(AuditedChange.of(dept, year, "validation-explanation", finding.ruleId() + ":"
                + finding.record().type() + ":" + finding.record().id(), finding.explanation(), explanation));
        return validate(dept, year);
    }
}
