package cn.perfeval.budget.procurement.calendar;

/**
 * A working-day calendar (or its JSON document) that cannot be accepted. {@link #field()} names the
 * offending JSON path, e.g. {@code holidays[2].worked[0]}, so the REST layer can report it per field.
 */
public class InvalidCalendarException extends RuntimeException {

    private final String field;

    public InvalidCalendarException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
