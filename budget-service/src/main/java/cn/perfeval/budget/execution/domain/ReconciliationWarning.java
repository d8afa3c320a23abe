package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;

/**
 * A figure derived from the ERP's line items disagrees with the one the department declared: a
 * warning for a person to resolve, not a rejection, since either side may be the one that is wrong.
 */
public record ReconciliationWarning(String figure, BigDecimal fromLineItems, BigDecimal declared, String declaredSource) {

    public BigDecimal difference() {
        return fromLineItems.subtract(declared);
    }
}
