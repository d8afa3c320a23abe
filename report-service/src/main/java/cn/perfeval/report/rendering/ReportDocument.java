package cn.perfeval.report.rendering;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON representation of a report: the headline figures first (what a portal or the bureau's overview reads),
 * then the whole structured report. {@code version} is absent for a draft.
 */
public record ReportDocument(Integer version, BigDecimal total, String grade, List<ReportContent.Dimension> dimensions,
        ReportContent report) {

    public static ReportDocument of(ReportContent content, Integer version) {
        return new ReportDocument(version, content.total(), content.grade(), content.dimensions(), content);
    }
}
