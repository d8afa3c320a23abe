package cn.perfeval.indicator.tree;

import cn.perfeval.indicator.domain.Completion;
import cn.perfeval.indicator.domain.CompletionEvaluator;
import cn.perfeval.indicator.domain.CompletionPolicy;
import cn.perfeval.indicator.domain.Grade;
import cn.perfeval.indicator.domain.IndicatorCategory;
import cn.perfeval.indicator.domain.MeasuredValue;
import jakarta.enterprise.context.ApplicationScoped;

/** Entity → view, computing completion from the stored texts with the domain rules. */
@ApplicationScoped
public class IndicatorMapper {

    private final CompletionEvaluator completions = new CompletionEvaluator(CompletionPolicy.DEFAULT);

    public IndicatorView toView(Indicator indicator) {
        return toView(indicator, Progress.of(indicator.id));
    }

    /** The view with the indicator's mid-year values already at hand (none for one just created). */
    IndicatorView toView(Indicator indicator, java.util.List<Progress> progress) {
        return new IndicatorView(indicator.id, indicator.departmentCode, indicator.fiscalYear, indicator.ordinal,
                indicator.level1, IndicatorCategory.valueOf(indicator.level1).label(), indicator.level2,
                indicator.name, indicator.comparator,
                indicator.periodTargetText == null ? null : new IndicatorView.Value(indicator.periodTargetText, null, null),
                new IndicatorView.Value(indicator.annualTargetText, canonical(indicator.targetValue), indicator.targetUnit),
                indicator.actualText == null && indicator.qualitativeGrade == null ? null
                        : new IndicatorView.Value(indicator.actualText, canonical(indicator.actualValue), indicator.actualUnit),
                indicator.weight, indicator.calculationNote, indicator.qualitativeGrade, indicator.qualitativeShare,
                completion(indicator),
                new IndicatorView.Evidence(indicator.evidenceDocument, indicator.evidenceUrl, indicator.reportedBy,
                        indicator.reportedAt),
                progress.stream().map(p -> new IndicatorView.ProgressValue(p.asOf, p.valueText, canonical(p.value),
                        p.unit, p.note, p.reportedBy)).toList(),
                indicator.version, indicator.updatedAt);
    }

    /**
     * A value read back from its NUMERIC(38, 10) column carries ten decimals, the same value just parsed does not:
     * without one canonical scale the REST view and the event of the same version would write it differently.
     */
    static java.math.BigDecimal canonical(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The indicator's completion by the domain rules, from its stored target and actual as written. */
    public Completion completionOf(Indicator indicator) {
        MeasuredValue target = MeasuredValue.parseTarget(indicator.annualTargetText);
        if (target.isQualitative()) {
            return indicator.qualitativeGrade == null
                    ? completions.evaluate(target, null)
                    : completions.evaluateGraded(target, Grade.valueOf(indicator.qualitativeGrade), indicator.qualitativeShare);
        }
        return completions.evaluate(target, indicator.actualText == null ? null : MeasuredValue.parseActual(indicator.actualText));
    }

    private IndicatorView.Completion completion(Indicator indicator) {
        Completion completion = completionOf(indicator);
        return new IndicatorView.Completion(completion.status().name(), completion.ratePercent(),
                completion.creditShare(), completion.notes().stream().map(Enum::name).sorted().toList());
    }
}
