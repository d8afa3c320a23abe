package cn.perfeval.scoring.engine.rules;

import java.math.BigDecimal;

/** The scheme item a rule is scoring. */
public record ItemContext(String code, String name, BigDecimal max) {
}
