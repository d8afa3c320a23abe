package cn.perfeval.scoring.engine.scorecard;

import java.math.BigDecimal;

/** A dimension's score: the sum of its items' rounded scores. */
public record DimensionScore(String code, String name, BigDecimal max, BigDecimal score) {
}
