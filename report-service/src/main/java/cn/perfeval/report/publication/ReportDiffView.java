package cn.perfeval.report.publication;

import cn.perfeval.report.rendering.ReportDiff;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The differences between two published versions, as structured changes and as readable lines. */
@Schema(name = "ReportDiff")
public record ReportDiffView(String departmentCode, int fiscalYear, int from, int to,
        @Schema(example = "[\"总分：95.54 → 94.94\", \"表1「当年广州住房公积金实缴人数」完成指标值：534.89万人 → 520万人\"]")
        List<String> summary,
        List<ReportDiff.Change> changes) {

    static ReportDiffView of(ReportVersion from, ReportVersion to) {
        List<ReportDiff.Change> changes = ReportDiff.between(ReportRepresentation.content(from),
                ReportRepresentation.content(to));
        return new ReportDiffView(to.departmentCode, to.fiscalYear, from.number, to.number,
                changes.stream().map(ReportDiff.Change::summary).toList(), changes);
    }
}
