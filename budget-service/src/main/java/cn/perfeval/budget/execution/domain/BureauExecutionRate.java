package cn.perfeval.budget.execution.domain;

import jakarta.validation.constraints.Size;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.platform.text.SingleLine;
import java.math.BigDecimal;

/**
 * The bureau's own 一般公共预算支出年度平均执行率 (%) and the document it was published in, e.g. 95.40
 * from 《广州市财政局关于2023年市本级部门预算单位支出进度情况的通报》.
 */
public record BureauExecutionRate(BigDecimal ratePercent, @Size(max = TextLimits.NAME) @SingleLine String sourceDocument) {

    public BureauExecutionRate {
        Amounts.nonNegative(ratePercent, "bureauAverageExecutionRate.ratePercent");
        Amounts.text(sourceDocument, "bureauAverageExecutionRate.sourceDocument");
    }
}
