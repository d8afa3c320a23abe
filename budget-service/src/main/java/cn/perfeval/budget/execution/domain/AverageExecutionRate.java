package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;

/** 一般公共预算支出年度平均执行率 (%), how it was obtained and from which document. */
public record AverageExecutionRate(BigDecimal ratePercent, AverageRateBasis basis, String source) {
}
