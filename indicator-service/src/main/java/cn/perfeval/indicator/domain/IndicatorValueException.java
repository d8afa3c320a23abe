package cn.perfeval.indicator.domain;

/**
 * Base of every rejection of an indicator value, so the REST layer maps one type to a 4xx problem document.
 * Messages name the offending text; callers that know the row and field add them.
 */
public abstract class IndicatorValueException extends RuntimeException {

    protected IndicatorValueException(String message) {
        super(message);
    }
}
