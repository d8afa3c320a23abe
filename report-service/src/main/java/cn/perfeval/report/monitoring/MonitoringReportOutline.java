package cn.perfeval.report.monitoring;

import static cn.perfeval.report.monitoring.MonitoringFigures.light;
import static cn.perfeval.report.monitoring.MonitoringFigures.orMissing;
import static cn.perfeval.report.monitoring.MonitoringFigures.percent;

import cn.perfeval.report.rendering.Block;
import cn.perfeval.report.rendering.Block.Anchor;
import cn.perfeval.report.rendering.Block.Group;
import cn.perfeval.report.rendering.Block.Heading;
import cn.perfeval.report.rendering.Block.Paragraph;
import cn.perfeval.report.rendering.Block.Table;
import cn.perfeval.report.rendering.Figures;
import cn.perfeval.report.rendering.Outline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The monitoring report (监控报告) of one round, in the order of the national 绩效监控 template: 一、预算执行情况,
 * 二、绩效目标完成情况, 三、偏离原因及纠偏措施 and, when the round lacks inputs, 四、需要说明的缺失数据. No figure is
 * computed here: rates, expectations and lights are the round's (scoring-service computes them); this class decides
 * the wording and order, and the same formats as the self-evaluation report lay it out.
 */
public final class MonitoringReportOutline {

    static final List<String> INDICATOR_HEADER = List.of("指标名称", "年度指标值", "截至监控时点完成值", "完成进度",
            "预计全年完成值", "完成可能性", "预警");

    private MonitoringReportOutline() {
    }

    /** @param departmentName the department's name, or its code when no name is known */
    public static Outline of(MonitoringRound round, String departmentName) {
        String title = title(round, departmentName);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Title(title, subtitle(round)));
        blocks.addAll(BudgetPaceBlocks.of(round));
        blocks.addAll(indicators(round));
        blocks.addAll(DeviationBlocks.of(round));
        blocks.addAll(missingInputs(round));
        return new Outline(title, blocks);
    }

    /** "广州住房公积金管理中心2023年预算绩效运行监控报告（截至2023年7月31日）". */
    static String title(MonitoringRound round, String departmentName) {
        return departmentName + round.fiscalYear() + "年预算绩效运行监控报告（截至" + Figures.date(round.asOf()) + "）";
    }

    /** "第 4 版监控数据，监控进行中，时间进度58.33%". */
    private static String subtitle(MonitoringRound round) {
        return "第 " + round.version() + " 版监控数据，" + ("CLOSED".equals(round.state()) ? "监控已结束" : "监控进行中")
                + "，时间进度" + percent(round.timeProgressPercent());
    }

    /** 二、绩效目标完成情况: one row per indicator, in the indicator tree's order. */
    private static List<Block> indicators(MonitoringRound round) {
        List<List<String>> rows = MonitoringFigures.entries(round.indicators()).stream()
                .sorted(Comparator.comparingInt(MonitoringRound.Indicator::ordinal))
                .map(MonitoringReportOutline::indicatorRow).toList();
        return List.of(new Heading(1, "二、绩效目标完成情况"), new Table("indicators", INDICATOR_HEADER, rows, false));
    }

    private static List<String> indicatorRow(MonitoringRound.Indicator indicator) {
        return List.of(orMissing(indicator.name()), orMissing(indicator.target()), progress(indicator),
                percent(indicator.progressPercent()),
                indicator.forecast() == null ? MonitoringFigures.MISSING : orMissing(indicator.forecast().text()),
                indicator.judgementLabel() == null ? "未判断" : indicator.judgementLabel(), light(indicator.light()));
    }

    /** "2.10万笔（2023年6月30日）": the latest progress entry with its date (it may be older than the round). */
    private static String progress(MonitoringRound.Indicator indicator) {
        MonitoringRound.Text progress = indicator.progress();
        if (progress == null || progress.text() == null) {
            return MonitoringFigures.MISSING;
        }
        return progress.asOf() == null ? progress.text() : progress.text() + "（" + Figures.date(progress.asOf()) + "）";
    }

    /** 四、需要说明的缺失数据: only when the round lacked an input; each is named, never guessed. */
    private static List<Block> missingInputs(MonitoringRound round) {
        List<MonitoringRound.MissingInput> missing = MonitoringFigures.entries(round.missingInputs());
        if (missing.isEmpty()) {
            return List.of();
        }
        List<Block> lines = new ArrayList<>();
        for (int i = 0; i < missing.size(); i++) {
            MonitoringRound.MissingInput input = missing.get(i);
            String text = input.message() != null ? input.message()
                    : "缺少" + orMissing(input.input()) + "（" + orMissing(input.recordType()) + " "
                            + orMissing(input.recordId()) + "）";
            lines.add(Paragraph.body((i + 1) + "." + text));
        }
        return List.of(new Heading(1, "四、需要说明的缺失数据"), new Group(Anchor.id("missing-inputs"), lines));
    }
}
