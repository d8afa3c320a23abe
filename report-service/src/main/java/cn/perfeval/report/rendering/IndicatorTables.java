package cn.perfeval.report.rendering;

import cn.perfeval.report.scorecard.ScorecardSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 表1 and 表2 of the seed: rows as written by the department, completion as the indicator service computed it. */
final class IndicatorTables {

    private IndicatorTables() {
    }

    static ReportContent.TableRow row(ScorecardSnapshot.Indicator indicator) {
        // Always 2 decimals as in the seed (100.00%): the rate may arrive as 100.0 once a JSON hop read it as a double.
        String rate = indicator.completion() == null || indicator.completion().ratePercent() == null ? "未填报"
                : Figures.percent(indicator.completion().ratePercent());
        return new ReportContent.TableRow(indicator.level1Name(), indicator.level2(), indicator.name(),
                text(indicator.annualTarget()), text(indicator.actual()), rate);
    }

    static String text(ScorecardSnapshot.Value value) {
        return value == null || value.text() == null ? "" : value.text();
    }

    /**
     * "部门整体绩效目标产出指标共设置5个数量指标和3个质量指标，实际完成情况为100%，根据评分标准，该指标得满分20分。具体详见下表1："
     */
    static String intro(String kind, String table, List<ScorecardSnapshot.Indicator> indicators,
            Optional<ScorecardSnapshot.Item> item) {
        if (indicators.isEmpty()) {
            return "部门整体绩效目标未设置" + kind + "。";
        }
        Map<String, Integer> countsByLevel2 = new LinkedHashMap<>();
        indicators.forEach(i -> countsByLevel2.merge(i.level2() == null ? kind : i.level2(), 1, Integer::sum));
        List<String> counts = new ArrayList<>();
        countsByLevel2.forEach((level2, count) -> counts.add(count + "个" + (level2.endsWith("指标") ? level2 : level2 + "指标")));
        long notMet = indicators.stream().filter(i -> i.completion() == null || !"MET".equals(i.completion().status()))
                .count();
        String completion = notMet == 0 ? "实际完成情况为100%" : "其中" + notMet + "个指标未完成或未填报";
        String points = item.map(i -> i.score() != null && i.max() != null && i.score().compareTo(i.max()) == 0
                ? "，根据评分标准，该指标得满分" + Figures.points(i.max()) + "分"
                : "，根据评分标准，该指标得" + Figures.points(i.score()) + "分").orElse("");
        return "部门整体绩效目标" + kind + "共设置" + String.join("和", counts) + "，" + completion + points
                + "。具体详见下" + table + "：";
    }

    /** 备注: the calculation notes of the table's indicators, numbered. */
    static List<String> notes(List<ScorecardSnapshot.Indicator> indicators) {
        List<String> notes = new ArrayList<>();
        for (ScorecardSnapshot.Indicator indicator : indicators) {
            if (indicator.calculationNote() != null && !indicator.calculationNote().isBlank()) {
                notes.add((notes.size() + 1) + "." + indicator.calculationNote().strip());
            }
        }
        return notes;
    }
}
