package cn.perfeval.scoring.validation;

import cn.perfeval.scoring.projection.FactEventType;
import cn.perfeval.scoring.projection.FactRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Kind {@code indicator-without-actual}: indicators whose actual (完成值) was never reported. Missing is not zero. */
final class IndicatorWithoutActual implements Check {

    static Check configure(RuleParams params) {
        return new IndicatorWithoutActual();
    }

    @Override
    public List<Hit> find(EvaluationInputs inputs) {
        return inputs.ofType(FactEventType.INDICATOR).stream()
                .filter(indicator -> !reported(indicator.payload().path("actual")))
                .map(indicator -> new Hit(indicatorRef(indicator), null)).toList();
    }

    /** A qualitative actual has text but no number; it is reported all the same. */
    private static boolean reported(JsonNode actual) {
        return actual.isObject() && (actual.hasNonNull("value") || !actual.path("text").asText("").isBlank());
    }

    static RecordRef indicatorRef(FactRecord indicator) {
        return new RecordRef(FactEventType.INDICATOR, indicator.entityId(), indicator.payload().path("name").asText());
    }
}
