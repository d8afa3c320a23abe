package cn.perfeval.scoring.engine.facts;

import java.math.BigDecimal;

/**
 * Grade of a qualitative indicator, self-assessed by the department and reviewed by the bureau. Each grade admits a
 * band of credit shares; the assessor enters the exact share inside it. Bands share their end points (0.8 is both
 * the top of 部分达成 and the bottom of 达成), as the national rule states them as closed ranges.
 */
public enum QualitativeGrade {
    ACHIEVED("达成", new BigDecimal("0.8"), BigDecimal.ONE),
    PARTLY_ACHIEVED("部分达成", new BigDecimal("0.6"), new BigDecimal("0.8")),
    NOT_ACHIEVED("未达成", BigDecimal.ZERO, new BigDecimal("0.6"));

    private final String label;
    private final BigDecimal lowestShare;
    private final BigDecimal highestShare;

    QualitativeGrade(String label, BigDecimal lowestShare, BigDecimal highestShare) {
        this.label = label;
        this.lowestShare = lowestShare;
        this.highestShare = highestShare;
    }

    public String label() {
        return label;
    }

    public BigDecimal lowestShare() {
        return lowestShare;
    }

    public BigDecimal highestShare() {
        return highestShare;
    }

    public boolean admits(BigDecimal share) {
        return share.compareTo(lowestShare) >= 0 && share.compareTo(highestShare) <= 0;
    }

    /** The share of this band nearest to {@code share}: itself when the band admits it, else the nearer end. */
    public BigDecimal nearestShare(BigDecimal share) {
        return share.max(lowestShare).min(highestShare);
    }
}
