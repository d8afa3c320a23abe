package cn.perfeval.scoring.validation;

import cn.perfeval.scoring.projection.FactEventType;
import java.math.BigDecimal;
import java.util.List;

/**
 * Kind {@code number-below}: a number fact of budget-service's snapshot (e.g. {@code budget.averageExecutionRate})
 * below {@code belowValue}. A fact never reported is not below anything (the scorecard counts it missing).
 */
final class NumberBelow implements Check {

    private final String fact;
    private final String label;
    private final BigDecimal belowValue;

    private NumberBelow(String fact, String label, BigDecimal belowValue) {
        this.fact = fact;
        this.label = label;
        this.belowValue = belowValue;
    }

    static Check configure(RuleParams params) {
        return new NumberBelow(params.text("fact"), params.text("label"), params.decimal("belowValue"));
    }

    @Override
    public List<Hit> find(EvaluationInputs inputs) {
        return inputs.ofType(FactEventType.BUDGET_FACTS).stream()
                .map(snapshot -> snapshot.payload().path("numbers").path(fact).path("value"))
                .filter(value -> value.isNumber() && value.decimalValue().compareTo(belowValue) < 0)
                .map(value -> new Hit(new RecordRef("fact", fact, label), value.decimalValue().toPlainString()))
                .toList();
    }
}
