package cn.perfeval.budget.execution.domain;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import cn.perfeval.platform.text.TextLimits;
import java.math.BigDecimal;

/** One line of the initial budget (年初预算) by fund source, 万元. */
public record Appropriation(@Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String lineId, FundSource source, BigDecimal amount) {

    public Appropriation {
        Amounts.text(lineId, "appropriations[].lineId");
        String line = "appropriations[" + lineId + "]";
        if (source == null) {
            throw new InvalidBudgetDataException(line + ".source", BudgetDataMessages.REQUIRED.with());
        }
        Amounts.nonNegative(amount, line + ".amount");
    }
}
