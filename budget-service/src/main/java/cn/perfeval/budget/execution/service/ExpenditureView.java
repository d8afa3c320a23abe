package cn.perfeval.budget.execution.service;

import cn.perfeval.budget.execution.domain.ExpenditureCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stored expenditure line, 万元. */
@Schema(name = "Expenditure")
public record ExpenditureView(String lineId, LocalDate date, BigDecimal amount, ExpenditureCategory category,
                              String projectCode) {
}
