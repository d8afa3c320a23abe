package cn.perfeval.scoring.simulation;

import cn.perfeval.platform.correlation.Correlation;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.simulation.SimulationRequest.RecordOverride;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Turns what-if procurement dates into the record overrides the simulator scores: budget-service judges the dates
 * (the counting rules are its own) with the caller's token, so its department scoping applies as well, and each
 * verdict becomes the record of the set that verdict feeds. Budget-service unreachable, too slow or failing is a 503;
 * its 4xx problem (a bad date, an unknown contract) is passed on, its fields placed under {@code procurement}.
 */
@ApplicationScoped
public class ProcurementVerdicts {

    private static final Logger LOG = Logger.getLogger(ProcurementVerdicts.class);
    private static final OtherServiceProblems.Asked ASKED = new OtherServiceProblems.Asked("budget-service", "judge",
            "the procurement dates");

    private final BudgetServiceClient budget;

    public ProcurementVerdicts(@RestClient BudgetServiceClient budget) {
        this.budget = budget;
    }

    /** Record-set key → the overrides the dates give; empty, without asking budget-service, when there are no dates. */
    public Map<String, List<RecordOverride>> overrides(String dept, int year, ProcurementDates dates, Caller caller) {
        if (dates == null || dates.isEmpty()) {
            return Map.of();
        }
        VerdictPreview preview;
        try {
            preview = budget.preview(dept, year, caller.authorization(), caller.acceptLanguage(),
                    Correlation.current(), dates);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // connection refused, a timeout, an unreadable answer: the what-if cannot be computed right now
            LOG.warnf(e, "budget-service verdict preview for %s/%d failed", dept, year);
            throw OtherServiceProblems.unreachable(ASKED, e, "simulate with compliance flags under records");
        }
        return overrides(preview);
    }

    /**
     * Each judged verdict as a record of the set it feeds; an intention judged at all has been published. A pending
     * verdict is left out, as budget-service's own snapshots leave it out of their record sets.
     */
    static Map<String, List<RecordOverride>> overrides(VerdictPreview preview) {
        Map<String, List<RecordOverride>> overrides = new LinkedHashMap<>();
        for (VerdictPreview.Verdict verdict : preview.verdicts() == null ? List.<VerdictPreview.Verdict>of() : preview.verdicts()) {
            if (verdict.compliant() == null) {
                continue;
            }
            RecordOverride record = new RecordOverride(verdict.subjectId(), verdict.compliant(), "模拟：" + verdict.detail());
            switch (verdict.rule()) {
                case "CONTRACT_SIGNING" -> add(overrides, FactCatalog.CONTRACT_SIGNING, record);
                case "CONTRACT_FILING" -> add(overrides, FactCatalog.CONTRACT_FILING, record);
                case "INTENTION_DISCLOSURE" -> {
                    add(overrides, FactCatalog.INTENTIONS_TIMELY, record);
                    add(overrides, FactCatalog.INTENTIONS_DISCLOSED, new RecordOverride(verdict.subjectId(), true,
                            "模拟：采购意向于" + verdict.actDate() + "公开"));
                }
                default -> {
                    // a rule no record set of the scoring vocabulary carries: nothing here scores it
                }
            }
        }
        return overrides;
    }

    /** The problem for an error answer of budget-service: its own 4xx problem, or 503 for its failures. */
    static ProblemException problemFor(int status, String body) {
        return OtherServiceProblems.of(status, body, ASKED, field -> "procurement." + field);
    }

    private static void add(Map<String, List<RecordOverride>> overrides, String key, RecordOverride record) {
        overrides.computeIfAbsent(key, ignored -> new ArrayList<>()).add(record);
    }
}
