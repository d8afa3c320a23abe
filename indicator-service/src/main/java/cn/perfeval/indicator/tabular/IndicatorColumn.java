package cn.perfeval.indicator.tabular;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of an indicator table, by the headers the seed uses. Errors name a field by its {@link #label()}, so
 * people find it in their own sheet.
 */
public enum IndicatorColumn {
    LEVEL1("一级指标", true),
    LEVEL2("二级指标", true),
    NAME("三级指标", true),
    PERIOD_TARGET("实施周期指标值", false),
    ANNUAL_TARGET("年度指标值", true),
    ACTUAL("完成指标值", false),
    WEIGHT("权重", false, "分值"),
    UNIT("单位", false, "计量单位"),
    NOTE("备注", false, "计算说明", "备注/计算说明", "说明"),
    /** Derived by completion; recognised so that an exported 表1/表2 re-imports, and otherwise ignored. */
    COMPLETION_RATE("完成情况（%）", false, "完成情况", "完成率");

    private final String label;
    private final boolean required;
    private final List<String> acceptedHeaders;

    IndicatorColumn(String label, boolean required, String... aliases) {
        this.label = label;
        this.required = required;
        this.acceptedHeaders = Stream.concat(Stream.of(label), Arrays.stream(aliases))
                .map(IndicatorColumn::canonicalHeader)
                .toList();
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    /** The column a header cell names, ignoring whitespace (headers wrap: {@code 一级\n指标}) and bracket width. */
    static Optional<IndicatorColumn> fromHeader(String cell) {
        String header = canonicalHeader(cell);
        return Arrays.stream(values()).filter(column -> column.acceptedHeaders.contains(header)).findFirst();
    }

    private static String canonicalHeader(String cell) {
        return TableText.compact(cell).replace('（', '(').replace('）', ')').replace('％', '%').replace('／', '/');
    }
}
