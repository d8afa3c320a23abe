package cn.perfeval.indicator.domain;

/** A value's text cannot be read as a comparator, a number and a unit. */
public class ValueFormatException extends IndicatorValueException {

    private final String text;
    private final String reason;

    public ValueFormatException(String text, String reason) {
        super("cannot read '" + text + "': " + reason);
        this.text = text;
        this.reason = reason;
    }

    /** The text as given (shortened when it was very long). */
    public String text() {
        return text;
    }

    /** Why it was rejected, without the text. */
    public String reason() {
        return reason;
    }
}
