package cn.perfeval.scoring.simulation;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.scoring.engine.ScoringEngine;
import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.InvalidFactException;
import cn.perfeval.scoring.engine.facts.JudgementFact;
import cn.perfeval.scoring.engine.facts.NumberFact;
import cn.perfeval.scoring.engine.facts.RecordFact;
import cn.perfeval.scoring.engine.facts.SourceRef;
import cn.perfeval.scoring.engine.rules.RuleKind;
import cn.perfeval.scoring.engine.scheme.CompiledScheme;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scheme.SchemeItem;
import cn.perfeval.scoring.engine.scorecard.Scorecard;
import cn.perfeval.scoring.judgement.Judgement;
import cn.perfeval.scoring.projection.FactsAssembler;
import cn.perfeval.scoring.projection.ProjectionStore;
import cn.perfeval.scoring.rectification.task.RectificationTask;
import cn.perfeval.scoring.review.ReviewDecisionEntry;
import cn.perfeval.scoring.scheme.SchemeCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an evaluation's current facts with what-if overrides applied, without storing or publishing anything. Record
 * overrides derived from proposed procurement dates ({@link ProcurementVerdicts}) are asked for by the caller before
 * this transaction, so no database connection waits on another service.
 */
@ApplicationScoped
public class Simulator {

    private static final SourceRef WHAT_IF = new SourceRef("simulation", "what-if", 0);

    private final ProjectionStore projection;
    private final FactsAssembler assembler;
    private final SchemeCatalog schemes;

    public Simulator(ProjectionStore projection, FactsAssembler assembler, SchemeCatalog schemes) {
        this.projection = projection;
        this.assembler = assembler;
        this.schemes = schemes;
    }

    /** @param derived what other services made of the request's dates and values as written, asked beforehand */
    @Transactional
    public Scorecard simulate(String dept, int year, SimulationRequest request, Derived derived) {
        Facts current = assembler.assemble(dept, year, projection.load(dept, year), Judgement.of(dept, year),
                ReviewDecisionEntry.latestOf(dept, year), RectificationTask.carriedInto(dept, year));
        CompiledScheme scheme = schemes.currentScheme();
        try {
            Facts changed = new Facts(dept, year,
                    indicators(current, actuals(request.indicatorActuals(), derived.actualsAsWritten())),
                    numbers(current, request.numbers()), records(current, combined(derived.fromDates(), request.records())),
                    judgements(current, request.judgements(), scheme.scheme()));
            return ScoringEngine.score(scheme, changed);
        } catch (InvalidFactException e) {
            throw ProblemException.validation(e.field(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation("body", e.getMessage());
        }
    }

    /** Actuals in base units and those read from what was written; one indicator given both ways is ambiguous. */
    private static Map<String, BigDecimal> actuals(Map<String, BigDecimal> inBaseUnits, Map<String, BigDecimal> read) {
        if (read.isEmpty()) {
            return inBaseUnits;
        }
        Map<String, BigDecimal> combined = new HashMap<>(inBaseUnits == null ? Map.of() : inBaseUnits);
        read.forEach((id, actual) -> {
            if (combined.putIfAbsent(id, actual) != null) {
                throw ProblemException.validation("actualsAsWritten." + id,
                        "indicator " + id + " is also under indicatorActuals; give its actual one way");
            }
        });
        return combined;
    }

    private static List<IndicatorFact> indicators(Facts current, Map<String, BigDecimal> actuals) {
        if (actuals == null) {
            return current.indicators();
        }
        Map<String, BigDecimal> pending = new HashMap<>(actuals);
        List<IndicatorFact> result = new ArrayList<>();
        for (IndicatorFact i : current.indicators()) {
            BigDecimal actual = pending.containsKey(i.id()) ? pending.remove(i.id()) : i.actual();
            result.add(new IndicatorFact(i.id(), i.version(), i.kind(), i.level2(), i.name(), i.comparator(),
                    i.target(), actual, i.weight(), i.qualitativeShare(), i.grade(), i.review()));
        }
        if (!pending.isEmpty()) {
            throw ProblemException.validation("indicatorActuals", "no indicator " + pending.keySet() + " in this evaluation");
        }
        return result;
    }

    private static Map<String, NumberFact> numbers(Facts current, Map<String, BigDecimal> overrides) {
        Map<String, NumberFact> result = new HashMap<>(current.numbers());
        if (overrides != null) {
            overrides.forEach((key, value) -> {
                requireKnown("numbers", key);
                result.put(key, new NumberFact(key, value, WHAT_IF));
            });
        }
        return result;
    }

    /** The date-derived records first, so that a compliance flag given for the same record wins. */
    private static Map<String, List<SimulationRequest.RecordOverride>> combined(
            Map<String, List<SimulationRequest.RecordOverride>> fromDates,
            Map<String, List<SimulationRequest.RecordOverride>> flags) {
        Map<String, List<SimulationRequest.RecordOverride>> combined = new LinkedHashMap<>();
        fromDates.forEach((key, records) -> combined.computeIfAbsent(key, ignored -> new ArrayList<>()).addAll(records));
        if (flags != null) {
            flags.forEach((key, records) -> combined.computeIfAbsent(key, ignored -> new ArrayList<>()).addAll(records));
        }
        return combined;
    }

    private static Map<String, List<RecordFact>> records(Facts current,
            Map<String, List<SimulationRequest.RecordOverride>> overrides) {
        Map<String, List<RecordFact>> result = new HashMap<>(current.recordSets());
        overrides.forEach((key, changes) -> {
            requireKnown("records", key);
            Map<String, RecordFact> byId = new LinkedHashMap<>();
            result.getOrDefault(key, List.of()).forEach(r -> byId.put(r.id(), r));
            for (SimulationRequest.RecordOverride change : changes) {
                RecordFact before = byId.get(change.id());
                byId.put(change.id(), new RecordFact(change.id(), before == null ? 0 : before.version(),
                        change.compliant(), change.detail() != null ? change.detail() : "模拟"));
            }
            result.put(key, List.copyOf(byId.values()));
        });
        return result;
    }

    private static Map<String, JudgementFact> judgements(Facts current, Map<String, BigDecimal> overrides,
            Scheme scheme) {
        Map<String, JudgementFact> result = new HashMap<>(current.judgements());
        if (overrides != null) {
            overrides.forEach((item, points) -> {
                requireJudgementItem(scheme, item);
                result.put(item, new JudgementFact(points, "模拟评审判定", "simulation", "simulation", 0));
            });
        }
        return result;
    }

    /** The engine reads a judgement only for an item the scheme scores by a reviewer's verdict; any other is unread. */
    private static void requireJudgementItem(Scheme scheme, String code) {
        SchemeItem item = scheme.items().stream().filter(candidate -> candidate.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.validation("judgements", "no item '" + code + "' in scheme "
                        + scheme.id() + " version " + scheme.version()));
        if (!RuleKind.JUDGEMENT.ruleName().equals(item.rule())) {
            throw ProblemException.validation("judgements", "item '" + code + "' is scored from data by the rule '"
                    + item.rule() + "', not judged; override its facts instead");
        }
    }

    private static void requireKnown(String field, String key) {
        if (FactCatalog.find(key).isEmpty()) {
            throw ProblemException.validation(field, "unknown fact key '" + key + "'");
        }
    }

    /**
     * What other services made of the request before the transaction: the records the proposed procurement dates
     * give (record-set key → records, {@link ProcurementVerdicts}) and the actuals as written in base units
     * (indicator id → value, {@link IndicatorReadings}).
     */
    public record Derived(Map<String, List<SimulationRequest.RecordOverride>> fromDates,
            Map<String, BigDecimal> actualsAsWritten) {
    }
}
