package cn.perfeval.indicator.domain;

import java.math.BigDecimal;

/** A reviewer's credit share lies outside the band of the grade it was entered with. */
public class ShareOutOfBandException extends IndicatorValueException {

    public ShareOutOfBandException(Grade grade, BigDecimal share) {
        super(ValueMessages.SHARE_OUT_OF_BAND.with(share.toPlainString(), grade.label(),
                grade.lowerBound().toPlainString(), grade.upperBound().toPlainString()));
    }
}
