package cn.perfeval.indicator.tabular;

import cn.perfeval.indicator.domain.IndicatorCategory;
import cn.perfeval.indicator.domain.MeasuredValue;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator as read from a table, merged cells resolved.
 *
 * @param category     一级指标
 * @param level2       二级指标, whitespace removed
 * @param name         三级指标, line breaks removed
 * @param periodTarget 实施周期指标值, null when the table has no such column or the cell is blank
 * @param annualTarget 年度指标值
 * @param actual       完成指标值, null when not (yet) reported: "missing", not zero
 * @param weight       权重, null when absent
 * @param note         备注/计算说明, null when absent
 */
public record IndicatorRow(IndicatorCategory category, String level2, String name, MeasuredValue periodTarget,
                           MeasuredValue annualTarget, MeasuredValue actual, BigDecimal weight, String note) {

    public IndicatorRow {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(annualTarget, "annualTarget");
    }
}
