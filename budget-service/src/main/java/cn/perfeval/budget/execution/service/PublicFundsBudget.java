package cn.perfeval.budget.execution.service;

import jakarta.validation.constraints.Size;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.budget.execution.domain.BudgetDataMessages;
import cn.perfeval.budget.execution.domain.InvalidBudgetDataException;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 公用经费 in the year's budget, 万元 (the budgeted side of 公用经费控制率), and where it is stated. */
@Schema(name = "PublicFundsBudget")
public record PublicFundsBudget(@Schema(example = "653.47") BigDecimal budgeted,
                                @Schema(example = "2023年部门预算") @Size(max = TextLimits.NAME) @SingleLine String document) {

    /** Without an amount the document would read as "not reported" while its section says it was. */
    public PublicFundsBudget {
        if (budgeted == null) {
            throw new InvalidBudgetDataException("publicFundsBudget.budgeted", BudgetDataMessages.REQUIRED.with());
        }
    }
}
