package cn.perfeval.budget.procurement.timeliness;

/**
 * Dates that cannot be judged (missing, or in an impossible order). {@link #field()} names the record
 * and the field, e.g. {@code contracts[HT-2023-007].filedOn}.
 */
public class InvalidTimelinessInputException extends RuntimeException {

    private final String field;

    public InvalidTimelinessInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
