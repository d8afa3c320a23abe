package cn.perfeval.report.rendering;

import java.math.BigDecimal;
import java.util.List;

/**
 * The structured self-evaluation report: every figure and table a published version shows. HTML and the other
 * formats are renderings of this; its hash decides whether a recompute changed the report.
 */
public record ReportContent(
        String departmentCode,
        int fiscalYear,
        String title,
        BigDecimal total,
        String grade,
        boolean complete,
        List<Dimension> dimensions,
        List<TableRow> outputTable,
        List<TableRow> benefitTable,
        List<ItemLine> managementItems) {

    public record Dimension(String code, String name, BigDecimal max, BigDecimal score) {
    }

    /** A row of 表1/表2: 一级/二级/三级指标, 年度指标值 as written, 完成指标值, 完成情况（%）. */
    public record TableRow(String level1, String level2, String name, String annualTarget, String actual,
            String completion) {
    }

    /** One scored item with its points and, where points were lost, why. */
    public record ItemLine(String code, String category, String name, BigDecimal max, BigDecimal score,
            String explanation, List<String> deductions) {
    }
}
