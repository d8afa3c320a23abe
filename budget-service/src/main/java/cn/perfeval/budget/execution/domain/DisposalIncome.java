package cn.perfeval.budget.execution.domain;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import cn.perfeval.platform.text.TextLimits;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Income from disposing of state assets, 万元, and when it was remitted to the treasury (null: not yet). */
public record DisposalIncome(@Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String lineId, BigDecimal amount, LocalDate remittedOn) {

    public DisposalIncome {
        Amounts.text(lineId, "disposalIncome[].lineId");
        Amounts.nonNegative(amount, "disposalIncome[" + lineId + "].amount");
    }
}
