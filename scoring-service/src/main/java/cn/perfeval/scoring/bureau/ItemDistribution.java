package cn.perfeval.scoring.bureau;

import java.math.BigDecimal;

/** How one scheme item scored across departments: range, mean (HALF_UP, 2 decimals) and how many got full marks. */
public record ItemDistribution(String code, String name, BigDecimal max, int departments, BigDecimal min,
        BigDecimal mean, BigDecimal highest, int fullMarks) {
}
