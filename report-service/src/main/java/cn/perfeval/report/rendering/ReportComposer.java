package cn.perfeval.report.rendering;

import cn.perfeval.report.scorecard.ScorecardSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Composes the report from exactly the scorecard that was published: no figure is computed here. */
@ApplicationScoped
public class ReportComposer {

    /** The performance dimension (履职效能) holds the indicator tables; the rest are itemised. */
    static final String PERFORMANCE_DIMENSION = "performance";
    private static final Set<String> BENEFIT_LEVELS = Set.of("BENEFIT", "SATISFACTION");
    private static final Map<String, String> GRADE_LABELS = Map.of(
            "EXCELLENT", "优", "GOOD", "良", "FAIR", "中", "POOR", "差");

    public ReportContent compose(ScorecardSnapshot scorecard) {
        List<ScorecardSnapshot.Indicator> indicators = scorecard.indicators() == null ? List.of()
                : scorecard.indicators().stream()
                        .sorted(Comparator.comparingInt(ScorecardSnapshot.Indicator::ordinal)
                                .thenComparing(ScorecardSnapshot.Indicator::name))
                        .toList();
        return new ReportContent(
                scorecard.departmentCode(),
                scorecard.fiscalYear(),
                scorecard.fiscalYear() + "年度" + scorecard.departmentCode() + "部门整体支出绩效自评报告",
                scorecard.total(),
                GRADE_LABELS.getOrDefault(scorecard.grade(), scorecard.grade()),
                scorecard.complete(),
                scorecard.dimensions().stream()
                        .map(d -> new ReportContent.Dimension(d.code(), d.name(), d.max(), d.score()))
                        .toList(),
                indicators.stream().filter(i -> "OUTPUT".equals(i.level1())).map(ReportComposer::row).toList(),
                indicators.stream().filter(i -> BENEFIT_LEVELS.contains(i.level1())).map(ReportComposer::row).toList(),
                scorecard.items().stream()
                        .filter(item -> !PERFORMANCE_DIMENSION.equals(item.dimension()))
                        .map(ReportComposer::line)
                        .toList());
    }

    private static ReportContent.TableRow row(ScorecardSnapshot.Indicator indicator) {
        String rate = indicator.completion() == null || indicator.completion().ratePercent() == null ? "未填报"
                : indicator.completion().ratePercent().toPlainString() + "%";
        return new ReportContent.TableRow(indicator.level1Name(), indicator.level2(), indicator.name(),
                text(indicator.annualTarget()), text(indicator.actual()), rate);
    }

    private static ReportContent.ItemLine line(ScorecardSnapshot.Item item) {
        List<String> deductions = item.deductions() == null ? List.of()
                : item.deductions().stream().map(ScorecardSnapshot.Deduction::reason).toList();
        return new ReportContent.ItemLine(item.code(), item.category(), item.name(), item.max(), item.score(),
                item.explanation(), deductions);
    }

    private static String text(ScorecardSnapshot.Value value) {
        return value == null || value.text() == null ? "" : value.text();
    }
}
