package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.FactDefinition;
import cn.perfeval.scoring.engine.facts.FactType;

import java.math.BigDecimal;

/** Full points when every record complies; any non-compliant record (one late contract) → 0. */
final class AllOrNothingRule extends RecordSetRule {

    private AllOrNothingRule(FactDefinition recordSet) {
        super(recordSet);
    }

    static ItemRule configure(ParamReader params) {
        FactDefinition recordSet = params.requiredFact("recordSet", FactType.RECORD_SET);
        return params.hasProblems() ? null : new AllOrNothingRule(recordSet);
    }

    @Override
    BigDecimal points(BigDecimal max, int total, int nonCompliant) {
        return nonCompliant == 0 ? max : BigDecimal.ZERO;
    }

    @Override
    String formula(BigDecimal max, int total, int nonCompliant) {
        return "全部合规得满分，任一不合规不得分";
    }
}
