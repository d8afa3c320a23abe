package cn.perfeval.budget.execution.domain;

import jakarta.validation.constraints.Size;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.platform.text.SingleLine;
import java.math.BigDecimal;

/**
 * Totals a department declares elsewhere (its final accounts or the draft report), 万元, to be
 * reconciled with the totals derived from the ERP's line items.
 */
public record DeclaredBudgetSummary(@Size(max = TextLimits.NAME) @SingleLine String source, BigDecimal annualBudget, BigDecimal spent) {

    public DeclaredBudgetSummary {
        Amounts.text(source, "declaredSummary.source");
        Amounts.nonNegative(annualBudget, "declaredSummary.annualBudget");
        Amounts.nonNegative(spent, "declaredSummary.spent");
    }
}
