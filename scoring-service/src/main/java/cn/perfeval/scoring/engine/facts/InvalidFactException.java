package cn.perfeval.scoring.engine.facts;

/**
 * A fact that cannot be scored as given (e.g. a qualitative share outside its grade's band, two
 * indicators with the same id). {@link #field()} names the offending field so the service can turn
 * it into a field-level validation error.
 */
public class InvalidFactException extends IllegalArgumentException {

    private final String field;

    public InvalidFactException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
