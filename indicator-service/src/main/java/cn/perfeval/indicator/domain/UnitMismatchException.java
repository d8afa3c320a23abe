package cn.perfeval.indicator.domain;

import cn.perfeval.platform.problem.Message;

/** An actual cannot be compared with its target: different units, or a number against a qualitative target. */
public class UnitMismatchException extends IndicatorValueException {

    public UnitMismatchException(Message message) {
        super(message);
    }

    static UnitMismatchException of(MeasuredValue target, MeasuredValue actual) {
        return new UnitMismatchException(ValueMessages.UNITS_DIFFER.with(actual.text(), actual.unit(), target.text(),
                target.unit()));
    }
}
