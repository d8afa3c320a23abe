package cn.perfeval.indicator.domain;

/** An actual cannot be compared with its target: different units, or a number against a qualitative target. */
public class UnitMismatchException extends IndicatorValueException {

    public UnitMismatchException(String message) {
        super(message);
    }

    static UnitMismatchException of(MeasuredValue target, MeasuredValue actual) {
        return new UnitMismatchException("the actual '" + actual.text() + "' (unit " + actual.unit()
                + ") cannot be compared with the target '" + target.text() + "' (unit " + target.unit() + ")");
    }
}
