package cn.perfeval.budget.execution.domain;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.platform.text.SingleLine;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A mid-year budget change (预算调整/追加), positive or negative, 万元, with the document that
 * authorised it.
 */
public record BudgetAdjustment(@Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String lineId, LocalDate date, FundSource source, BigDecimal amount, @Size(max = TextLimits.NAME) @SingleLine String document) {

    public BudgetAdjustment {
        Amounts.text(lineId, "adjustments[].lineId");
        String line = "adjustments[" + lineId + "]";
        if (date == null) {
            throw new InvalidBudgetDataException(line + ".date", BudgetDataMessages.REQUIRED.with());
        }
        if (source == null) {
            throw new InvalidBudgetDataException(line + ".source", BudgetDataMessages.REQUIRED.with());
        }
        Amounts.required(amount, line + ".amount");
        Amounts.text(document, line + ".document");
    }
}
