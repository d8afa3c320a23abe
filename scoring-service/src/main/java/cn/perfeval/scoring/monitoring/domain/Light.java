package cn.perfeval.scoring.monitoring.domain;

import java.math.BigDecimal;

/** A monitoring light; {@code NONE} when the figure it judges cannot be computed (a missing input). */
public enum Light {
    GREEN, YELLOW, RED, NONE;

    /**
     * Green while at most {@code yellowBehindPoints} behind (ahead counts as behind by a negative amount), yellow
     * while at most {@code redBehindPoints} behind, red beyond; {@code NONE} without a figure.
     */
    static Light byBehindPoints(BigDecimal behindPoints, BigDecimal yellowBehindPoints, BigDecimal redBehindPoints) {
        if (behindPoints == null) {
            return NONE;
        }
        if (behindPoints.compareTo(yellowBehindPoints) <= 0) {
            return GREEN;
        }
        return behindPoints.compareTo(redBehindPoints) <= 0 ? YELLOW : RED;
    }
}
