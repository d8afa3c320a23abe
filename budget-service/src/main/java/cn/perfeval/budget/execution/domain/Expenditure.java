package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One expenditure line as an ERP pushes it, 万元, never negative (a correction is a new state of the
 * line, since the service upserts lines by id). A project line names its budget project; a basic line
 * names none.
 */
public record Expenditure(String lineId, LocalDate date, BigDecimal amount, ExpenditureCategory category,
                          String projectCode) {

    public Expenditure {
        Amounts.text(lineId, "expenditures[].lineId");
        String line = "expenditures[" + lineId + "]";
        if (date == null) {
            throw new InvalidBudgetDataException(line + ".date", BudgetDataMessages.REQUIRED.with());
        }
        Amounts.nonNegative(amount, line + ".amount");
        if (category == null) {
            throw new InvalidBudgetDataException(line + ".category", BudgetDataMessages.REQUIRED.with());
        }
        boolean hasProject = projectCode != null && !projectCode.isBlank();
        if (category == ExpenditureCategory.PROJECT && !hasProject) {
            throw new InvalidBudgetDataException(line + ".projectCode", BudgetDataMessages.REQUIRED_FOR_PROJECT.with());
        }
        if (category.isBasic() && hasProject) {
            throw new InvalidBudgetDataException(line + ".projectCode",
                    BudgetDataMessages.BASIC_HAS_NO_PROJECT.with(category, projectCode));
        }
        projectCode = hasProject ? projectCode : null;
    }
}
