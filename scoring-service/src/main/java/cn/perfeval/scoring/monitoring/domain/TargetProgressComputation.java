package cn.perfeval.scoring.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** The indicator side of a round: each indicator's progress against what is expected by the date (docs/monitoring.md). */
final class TargetProgressComputation {

    private TargetProgressComputation() {
    }

    static IndicatorLight compute(RoundInputs inputs, MonitoredIndicator indicator, BigDecimal timeProgress,
            List<MissingInput> missing) {
        Assessment assessment = inputs.assessmentOf(Subjects.indicator(indicator.id()));
        Optional<ProgressEntry> value = indicator.valueAt(inputs.asOf());
        if (indicator.qualitative()) {
            return qualitative(inputs, indicator, value, assessment, missing);
        }
        if (value.isEmpty() || value.get().value() == null) {
            missing.add(new MissingInput("progress", "indicator", indicator.id(),
                    "绩效指标“" + indicator.name() + "”在" + inputs.asOf() + "前没有进度值"));
            return view(indicator, null, expected(indicator, timeProgress), null,
                    departmentForecast(assessment), assessment, judgementLight(assessment.judgement(), Light.NONE));
        }
        ProgressEntry entry = value.get();
        BigDecimal progress = progressPercent(indicator, entry.value());
        BigDecimal expected = expected(indicator, timeProgress);
        Light byFigures = inputs.thresholds().targetProgress().light(Percents.behind(expected, progress));
        Forecast forecast = Optional.ofNullable(departmentForecast(assessment))
                .orElseGet(() -> computedForecast(indicator, entry, timeProgress));
        return view(indicator, entry, expected, progress, forecast, assessment,
                judgementLight(assessment.judgement(), byFigures));
    }

    /** Higher is better (and =): value ÷ target; lower is better: target ÷ value (100 for a value of 0). */
    static BigDecimal progressPercent(MonitoredIndicator indicator, BigDecimal value) {
        if (indicator.lowerIsBetter()) {
            return value.signum() == 0 ? Percents.rounded(Percents.HUNDRED) : Percents.ratio(indicator.targetValue(), value);
        }
        // a target of 0 is met by any value: nothing to fall behind
        return indicator.targetValue().signum() == 0 ? Percents.rounded(Percents.HUNDRED)
                : Percents.ratio(value, indicator.targetValue());
    }

    /** Accumulating values are expected to have grown with time; a level is judged against its target at any date. */
    private static BigDecimal expected(MonitoredIndicator indicator, BigDecimal timeProgress) {
        return indicator.accumulates() ? timeProgress : Percents.rounded(Percents.HUNDRED);
    }

    /** CANNOT_MEET is red whatever the figures say; MAY_MEET turns a green yellow. */
    private static Light judgementLight(Judgement judgement, Light byFigures) {
        if (judgement == Judgement.CANNOT_MEET) {
            return Light.RED;
        }
        return judgement == Judgement.MAY_MEET && byFigures == Light.GREEN ? Light.YELLOW : byFigures;
    }

    private static Forecast departmentForecast(Assessment assessment) {
        return assessment.forecast() == null ? null : new Forecast(assessment.forecast(), Forecast.Source.DEPARTMENT);
    }

    /** An accumulating value extrapolated to the year's end at the pace so far; a level as it stands. */
    private static Forecast computedForecast(MonitoredIndicator indicator, ProgressEntry entry, BigDecimal timeProgress) {
        if (!indicator.accumulates()) {
            return new Forecast(entry.text(), Forecast.Source.COMPUTED);
        }
        BigDecimal yearEnd = entry.value().multiply(Percents.HUNDRED).divide(timeProgress, Percents.SCALE,
                RoundingMode.HALF_UP);
        return new Forecast(WrittenValue.writeLike(yearEnd, entry.text()), Forecast.Source.COMPUTED);
    }

    private static IndicatorLight qualitative(RoundInputs inputs, MonitoredIndicator indicator,
            Optional<ProgressEntry> value, Assessment assessment, List<MissingInput> missing) {
        if (assessment.judgement() == null) {
            missing.add(new MissingInput("judgement", "indicator", indicator.id(),
                    "定性指标“" + indicator.name() + "”尚未判断能否完成年度目标"));
        }
        Light light = assessment.judgement() == null ? Light.NONE : switch (assessment.judgement()) {
            case WILL_MEET -> Light.GREEN;
            case MAY_MEET -> Light.YELLOW;
            case CANNOT_MEET -> Light.RED;
        };
        return view(indicator, value.orElse(null), null, null, null, assessment, light);
    }

    private static IndicatorLight view(MonitoredIndicator indicator, ProgressEntry entry, BigDecimal expected,
            BigDecimal progress, Forecast forecast, Assessment assessment, Light light) {
        Judgement judgement = assessment.judgement();
        return new IndicatorLight(indicator.id(), indicator.ordinal(), indicator.level1(), indicator.level1Name(),
                indicator.level2(), indicator.name(), indicator.comparator(), indicator.targetText(),
                entry == null ? null : new IndicatorLight.Progress(entry.asOf(), entry.text()), progress,
                expected, Percents.behind(expected, progress), forecast, judgement,
                judgement == null ? null : judgement.label(), light, assessment.deviation(), assessment.measures());
    }
}
