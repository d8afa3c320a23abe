package cn.perfeval.budget.execution.domain;

/**
 * Budget execution data that cannot be accepted. {@link #field()} names the line and the field, e.g.
 * {@code expenditures[EXP-0042].projectCode}, so an ERP can see which row of a bulk push was wrong.
 */
public class InvalidBudgetDataException extends RuntimeException {

    private final String field;

    public InvalidBudgetDataException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
