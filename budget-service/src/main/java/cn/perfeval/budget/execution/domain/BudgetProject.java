package cn.perfeval.budget.execution.domain;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.platform.text.SingleLine;
import java.math.BigDecimal;

/** A second-level budget project (二级项目) of the year, budget amount in 万元. */
public record BudgetProject(@Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String code, @Size(max = TextLimits.NAME) @SingleLine String name, ProjectRecurrence recurrence, ProjectNovelty novelty,
                            BigDecimal budgetAmount, Boolean exAnteEvaluationDone) {

    public BudgetProject {
        Amounts.text(code, "projects[].code");
        String line = "projects[" + code + "]";
        Amounts.text(name, line + ".name");
        if (recurrence == null) {
            throw new InvalidBudgetDataException(line + ".recurrence", BudgetDataMessages.REQUIRED.with());
        }
        if (novelty == null) {
            throw new InvalidBudgetDataException(line + ".novelty", BudgetDataMessages.REQUIRED.with());
        }
        Amounts.nonNegative(budgetAmount, line + ".budgetAmount");
        // A boxed flag, so that a missing one is an error rather than a silent "no evaluation done".
        if (exAnteEvaluationDone == null) {
            throw new InvalidBudgetDataException(line + ".exAnteEvaluationDone", BudgetDataMessages.REQUIRED.with());
        }
    }
}
