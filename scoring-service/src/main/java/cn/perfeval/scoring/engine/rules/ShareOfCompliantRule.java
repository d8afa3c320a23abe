package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.FactDefinition;
import cn.perfeval.scoring.engine.facts.FactType;

import java.math.BigDecimal;

/** Points in proportion to the compliant records: {@code max × compliant ÷ total}. */
final class ShareOfCompliantRule extends RecordSetRule {

    private ShareOfCompliantRule(FactDefinition recordSet) {
        super(recordSet);
    }

    static ItemRule configure(ParamReader params) {
        FactDefinition recordSet = params.requiredFact("recordSet", FactType.RECORD_SET);
        return params.hasProblems() ? null : new ShareOfCompliantRule(recordSet);
    }

    @Override
    BigDecimal points(BigDecimal max, int total, int nonCompliant) {
        if (total == 0) {
            return max;
        }
        return Decimals.divide(max.multiply(BigDecimal.valueOf(total - nonCompliant)), BigDecimal.valueOf(total));
    }

    @Override
    String formula(BigDecimal max, int total, int nonCompliant) {
        return total == 0 ? "无记录，得满分"
                : "得分 = " + max.toPlainString() + " × " + (total - nonCompliant) + " ÷ " + total;
    }
}
