package cn.perfeval.indicator.domain;

import cn.perfeval.platform.problem.Message;

/** A value's text cannot be read as a comparator, a number and a unit. */
public class ValueFormatException extends IndicatorValueException {

    private final String text;

    public ValueFormatException(String text, Message reason) {
        super(ValueMessages.CANNOT_READ.with(text, reason));
        this.text = text;
    }

    /** The text as given (shortened when it was very long). */
    public String text() {
        return text;
    }
}
