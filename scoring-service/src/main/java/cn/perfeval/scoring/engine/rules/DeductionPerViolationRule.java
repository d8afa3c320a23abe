package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.FactDefinition;
import cn.perfeval.scoring.engine.facts.FactType;

import java.math.BigDecimal;

/** {@code pointsPerViolation} off for every non-compliant record, down to 0. */
final class DeductionPerViolationRule extends RecordSetRule {

    private final BigDecimal pointsPerViolation;

    private DeductionPerViolationRule(FactDefinition recordSet, BigDecimal pointsPerViolation) {
        super(recordSet);
        this.pointsPerViolation = pointsPerViolation;
    }

    static ItemRule configure(ParamReader params) {
        FactDefinition recordSet = params.requiredFact("recordSet", FactType.RECORD_SET);
        BigDecimal perViolation = params.requiredDecimal("pointsPerViolation");
        if (perViolation != null && perViolation.signum() <= 0) {
            params.reject("pointsPerViolation", "must be positive, was " + perViolation.toPlainString());
        }
        return params.hasProblems() ? null : new DeductionPerViolationRule(recordSet, perViolation);
    }

    @Override
    BigDecimal points(BigDecimal max, int total, int nonCompliant) {
        return Decimals.clampAtZero(max.subtract(pointsPerViolation.multiply(BigDecimal.valueOf(nonCompliant))));
    }

    @Override
    String formula(BigDecimal max, int total, int nonCompliant) {
        return "每条扣 " + pointsPerViolation.toPlainString() + " 分，扣完为止";
    }
}
