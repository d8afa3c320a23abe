package cn.perfeval.indicator.domain;

import cn.perfeval.platform.problem.Message;

/**
 * Base of every rejection of an indicator value, so the REST layer maps one type to a 4xx problem document.
 * Messages name the offending text, in English and Chinese; callers that know the row and field add them.
 */
public abstract class IndicatorValueException extends RuntimeException {

    private final transient Message message;

    protected IndicatorValueException(Message message) {
        super(message.english());
        this.message = message;
    }

    /** Why the value was refused, in both languages. */
    public Message message() {
        return message;
    }
}
