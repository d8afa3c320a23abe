package cn.perfeval.scoring.validation;

import cn.perfeval.scoring.projection.FactEventType;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * Kind {@code completion-above}: indicators whose completion rate (完成情况, as indicator-service computed it)
 * exceeds {@code abovePercent}, which suggests the target was set too low.
 */
final class CompletionAbove implements Check {

    private final BigDecimal abovePercent;

    private CompletionAbove(BigDecimal abovePercent) {
        this.abovePercent = abovePercent;
    }

    static Check configure(RuleParams params) {
        return new CompletionAbove(params.decimal("abovePercent"));
    }

    @Override
    public List<Hit> find(EvaluationInputs inputs) {
        return inputs.ofType(FactEventType.INDICATOR).stream()
                .filter(indicator -> above(indicator.payload().path("completion").path("ratePercent")))
                .map(indicator -> new Hit(IndicatorWithoutActual.indicatorRef(indicator),
                        indicator.payload().path("completion").path("ratePercent").decimalValue().toPlainString()))
                .toList();
    }

    private boolean above(JsonNode rate) {
        return rate.isNumber() && rate.decimalValue().compareTo(abovePercent) > 0;
    }
}
