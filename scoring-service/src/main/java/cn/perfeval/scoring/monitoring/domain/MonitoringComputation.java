package cn.perfeval.scoring.monitoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A monitoring round's content from its inputs: pure, every figure as docs/monitoring.md "The computation" defines it. */
public final class MonitoringComputation {

    private MonitoringComputation() {
    }

    public static RoundContent compute(RoundInputs inputs) {
        List<MissingInput> missing = new ArrayList<>();
        BigDecimal timeProgress = TimeProgress.percentAt(inputs.asOf());
        BudgetPace pace = BudgetPaceComputation.compute(inputs, missing);
        List<IndicatorLight> indicators = inputs.indicators().stream()
                .sorted(Comparator.comparingInt(MonitoredIndicator::ordinal).thenComparing(MonitoredIndicator::name)
                        .thenComparing(MonitoredIndicator::id))
                .map(indicator -> TargetProgressComputation.compute(inputs, indicator, timeProgress, missing))
                .toList();
        return new RoundContent(inputs.thresholds(), timeProgress, pace, indicators, List.copyOf(missing),
                lightCounts(pace, indicators));
    }

    /** The department's light, each project's and each indicator's, counted per colour (every colour present). */
    private static Map<Light, Integer> lightCounts(BudgetPace pace, List<IndicatorLight> indicators) {
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        for (Light light : Light.values()) {
            counts.put(light, 0);
        }
        Stream.of(Stream.of(pace.department().light()), pace.projects().stream().map(BudgetPace.Project::light),
                indicators.stream().map(IndicatorLight::light)).flatMap(s -> s)
                .forEach(light -> counts.merge(light, 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }
}
