package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.IndicatorKind;
import cn.perfeval.scoring.engine.facts.SourceRef;
import cn.perfeval.scoring.engine.rules.IndicatorAssessment.EqualMiss;
import cn.perfeval.scoring.engine.scorecard.IndicatorResult;
import cn.perfeval.scoring.engine.scorecard.InputRead;
import cn.perfeval.scoring.engine.scorecard.MissingInput;
import cn.perfeval.scoring.engine.scorecard.SelfAssessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Completion of a group of indicators (the level-1 kinds in {@code kinds}):
 * {@code max × Σ(weight × credit) ÷ Σ weight}, each indicator's credit per {@link IndicatorAssessment}.
 * Indicators weigh equally unless every one of them carries a weight. Parameters:
 * {@code kinds} (required), {@code equalTolerance} (fraction of the target an {@code =} indicator may
 * deviate, default 0), {@code equalMiss} ({@code zero} | {@code deviation}, default zero),
 * {@code flagAbovePercent} (completion above which an indicator is flagged, score unchanged).
 */
public final class IndicatorGroupCreditRule implements ItemRule {

    static final String ENTITY_TYPE = "indicator";

    private static final java.util.Comparator<IndicatorFact> ORDER = java.util.Comparator
            .comparing(IndicatorFact::kind)
            .thenComparing(indicator -> indicator.level2() == null ? "" : indicator.level2())
            .thenComparing(IndicatorFact::id);

    private final Set<IndicatorKind> kinds;
    private final BigDecimal equalTolerance;
    private final EqualMiss equalMiss;
    private final BigDecimal flagAbovePercent;
    // Both depend on the kinds alone: built once with the rule, not for every scorecard.
    private final String groupLabel;
    private final String missingGroupKey;

    private IndicatorGroupCreditRule(Set<IndicatorKind> kinds, BigDecimal equalTolerance, EqualMiss equalMiss,
                                     BigDecimal flagAbovePercent) {
        this.kinds = kinds;
        this.equalTolerance = equalTolerance;
        this.equalMiss = equalMiss;
        this.flagAbovePercent = flagAbovePercent;
        this.groupLabel = String.join("、", kinds.stream().sorted().map(IndicatorKind::label).toList());
        this.missingGroupKey = ENTITY_TYPE + ":" + String.join(",",
                kinds.stream().sorted().map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList());
    }

    static ItemRule configure(ParamReader params) {
        Set<IndicatorKind> kinds = EnumSet.noneOf(IndicatorKind.class);
        List<String> kindNames = params.requiredTextList("kinds");
        if (kindNames != null) {
            for (String name : kindNames) {
                try {
                    kinds.add(IndicatorKind.valueOf(name));
                } catch (IllegalArgumentException e) {
                    params.reject("kinds", "unknown indicator kind " + name + ", expected one of "
                            + List.of(IndicatorKind.values()));
                }
            }
        }
        BigDecimal tolerance = params.optionalDecimal("equalTolerance").orElse(BigDecimal.ZERO);
        if (tolerance.signum() < 0) {
            params.reject("equalTolerance", "must not be negative, was " + tolerance.toPlainString());
        }
        String missName = params.optionalString("equalMiss").orElse("zero");
        EqualMiss equalMiss = switch (missName) {
            case "zero" -> EqualMiss.ZERO;
            case "deviation" -> EqualMiss.DEVIATION;
            default -> {
                params.reject("equalMiss", "must be zero or deviation, was " + missName);
                yield null;
            }
        };
        BigDecimal flag = params.optionalDecimal("flagAbovePercent").orElse(null);
        if (flag != null && flag.compareTo(Decimals.HUNDRED) <= 0) {
            params.reject("flagAbovePercent", "must be above 100, was " + flag.toPlainString());
        }
        return params.hasProblems() ? null : new IndicatorGroupCreditRule(Set.copyOf(kinds), tolerance, equalMiss, flag);
    }

    /** The level-1 kinds this item scores; two items must not score the same kind. */
    public Set<IndicatorKind> kinds() {
        return kinds;
    }

    @Override
    public RuleResult apply(ItemContext item, Facts facts) {
        List<IndicatorFact> group = facts.indicators().stream()
                .filter(indicator -> kinds.contains(indicator.kind()))
                .sorted(ORDER)
                .toList();
        if (group.isEmpty()) {
            MissingInput missing = new MissingInput(item.code(), missingGroupKey, "未收到任何" + groupLabel);
            return RuleResult.withheld(item, List.of(), List.of(missing));
        }
        boolean weighted = group.stream().allMatch(indicator -> indicator.weight() != null);
        Tally tally = new Tally(item);
        if (!weighted && group.stream().anyMatch(indicator -> indicator.weight() != null)) {
            // Some weights but not all cannot be honoured: equal shares are used until the rest are given.
            group.stream().filter(indicator -> indicator.weight() == null).forEach(indicator -> tally.missing.add(
                    new MissingInput(item.code(), key(indicator) + ".weight",
                            indicator.name() + " 未设权重（同组其他指标已设权重），暂按等权计分")));
        }
        for (IndicatorFact indicator : group) {
            tally.add(indicator, weighted ? indicator.weight() : BigDecimal.ONE);
        }
        BigDecimal points = Decimals.divide(item.max().multiply(tally.earnedWeight), tally.totalWeight);
        BigDecimal withheld = Decimals.divide(item.max().multiply(tally.missingWeight), tally.totalWeight);
        return new RuleResult(points, withheld, tally.inputs, tally.causes,
                explain(item, weighted, tally, points), tally.missing, tally.results);
    }

    /** What the indicators of one group added up to. */
    private final class Tally {

        private final ItemContext item;
        private BigDecimal totalWeight = BigDecimal.ZERO;
        private BigDecimal earnedWeight = BigDecimal.ZERO;
        private BigDecimal missingWeight = BigDecimal.ZERO;
        private int met;
        private int missingIndicators;
        private final List<InputRead> inputs = new ArrayList<>();
        private final List<DeductionCause> causes = new ArrayList<>();
        private final List<IndicatorResult> results = new ArrayList<>();
        private final List<MissingInput> missing = new ArrayList<>();
        private final List<String> notMet = new ArrayList<>();
        private final List<String> flagged = new ArrayList<>();

        private Tally(ItemContext item) {
            this.item = item;
        }

        private void add(IndicatorFact indicator, BigDecimal weight) {
            IndicatorAssessment assessment = IndicatorAssessment.of(indicator, equalTolerance, equalMiss);
            boolean flag = flagAbovePercent != null && assessment.completionRate() != null
                    && assessment.completionRate().compareTo(flagAbovePercent) > 0;
            results.add(new IndicatorResult(indicator.id(), indicator.version(), indicator.kind(), indicator.level2(),
                    indicator.name(), indicator.comparator(), indicator.target(), indicator.actual(),
                    indicator.countedGrade(), weight, assessment.missing(), assessment.met(), assessment.credit(),
                    assessment.completionRate(), flag, selfAssessed(indicator), indicator.currentReview().orElse(null)));
            totalWeight = totalWeight.add(weight);
            if (assessment.missing()) {
                missingIndicators++;
                missingWeight = missingWeight.add(weight);
                missing.add(new MissingInput(item.code(), key(indicator), indicator.name()
                        + (indicator.comparator() == Comparator.QUALITATIVE ? " 未给出定性评级及得分比例" : " 未填报实际值")));
                return;
            }
            inputs.add(new InputRead(key(indicator), shownValue(indicator),
                    List.of(new SourceRef(ENTITY_TYPE, indicator.id(), indicator.version()))));
            earnedWeight = earnedWeight.add(weight.multiply(assessment.credit()));
            String assessed = indicator.name() + " " + describe(indicator, assessment);
            if (assessment.met()) {
                met++;
            } else {
                notMet.add(assessed);
            }
            // A met qualitative indicator can still earn less than all of its credit (达成 at 0.85). A grade names
            // itself (部分达成), so only a numeric miss is called 未达成.
            if (assessment.credit().compareTo(BigDecimal.ONE) < 0) {
                boolean saysItself = assessment.met() || indicator.comparator() == Comparator.QUALITATIVE;
                causes.add(new DeductionCause(indicator.id(), weight.multiply(BigDecimal.ONE.subtract(assessment.credit())),
                        assessed + (saysItself ? "" : "，未达成")));
            }
            if (flag) {
                flagged.add(indicator.name() + " 完成 " + assessment.completionRate().toPlainString() + "%");
            }
        }
    }

    private String explain(ItemContext item, boolean weighted, Tally tally, BigDecimal points) {
        StringBuilder text = new StringBuilder()
                .append(groupLabel).append("共 ").append(tally.results.size()).append(" 项（")
                .append(weighted ? "按权重" : "等权").append("），达成 ").append(tally.met).append(" 项");
        if (!tally.notMet.isEmpty()) {
            text.append("；未达成：").append(String.join("；", tally.notMet));
        }
        if (tally.missingIndicators > 0) {
            text.append("；缺少输入 ").append(tally.missingIndicators).append(" 项，暂按 0 计");
        }
        if (!tally.flagged.isEmpty()) {
            text.append("；偏离度提示（完成率超过 ").append(flagAbovePercent.toPlainString()).append("%，不扣分）：")
                    .append(String.join("；", tally.flagged));
        }
        return text.append("；得分 = ").append(item.max().toPlainString()).append(" × ")
                .append(Decimals.shown(tally.earnedWeight)).append(" ÷ ").append(tally.totalWeight.toPlainString())
                .append(" = ").append(Decimals.points(points).toPlainString()).toString();
    }

    private static SelfAssessment selfAssessed(IndicatorFact indicator) {
        return indicator.comparator() != Comparator.QUALITATIVE ? null
                : SelfAssessment.ofGrade(indicator.grade(), indicator.qualitativeShare(), indicator.version());
    }

    private static String describe(IndicatorFact indicator, IndicatorAssessment assessment) {
        // Rates as the report writes them, to two decimals (89.29%, 70.00%).
        if (indicator.comparator() == Comparator.QUALITATIVE) {
            return indicator.countedGrade().label() + "，得分比例 "
                    + Decimals.percent(indicator.countedShare(), BigDecimal.ONE) + "%" + reviewNote(indicator);
        }
        return "目标 " + indicator.comparator().symbol() + " " + indicator.target().toPlainString() + "，实际 "
                + indicator.actual().toPlainString()
                + (assessment.completionRate() == null ? "" : "（完成 " + assessment.completionRate().toPlainString() + "%）")
                + "，得分率 " + Decimals.percent(assessment.credit(), BigDecimal.ONE) + "%";
    }

    /** What the review made of a self-assessed grade, in the words the report uses. */
    private static String reviewNote(IndicatorFact indicator) {
        return indicator.currentReview().map(review -> review.adjusted()
                ? "（复核调整，自评" + indicator.grade().label() + " "
                        + Decimals.percent(indicator.qualitativeShare(), BigDecimal.ONE) + "%：" + review.reason() + "）"
                : "（经复核确认）").orElse("");
    }

    private static String shownValue(IndicatorFact indicator) {
        return indicator.comparator() == Comparator.QUALITATIVE
                ? indicator.countedGrade().label() + " " + indicator.countedShare().toPlainString()
                : indicator.actual().toPlainString();
    }

    private static String key(IndicatorFact indicator) {
        return ENTITY_TYPE + ":" + indicator.id();
    }
}
