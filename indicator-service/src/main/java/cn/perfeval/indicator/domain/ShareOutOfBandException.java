package cn.perfeval.indicator.domain;

import java.math.BigDecimal;

/** A reviewer's credit share lies outside the band of the grade it was entered with. */
public class ShareOutOfBandException extends IndicatorValueException {

    public ShareOutOfBandException(Grade grade, BigDecimal share) {
        super("the share " + share.toPlainString() + " is outside the band of " + grade.label() + " ("
                + grade.lowerBound().toPlainString() + "–" + grade.upperBound().toPlainString() + ")");
    }
}
