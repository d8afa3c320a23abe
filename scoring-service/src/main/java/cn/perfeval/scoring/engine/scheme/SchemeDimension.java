package cn.perfeval.scoring.engine.scheme;

import java.math.BigDecimal;

/** A scored dimension (履职效能, 管理效率) with its maximum points. */
public record SchemeDimension(String code, String name, BigDecimal max) {
}
