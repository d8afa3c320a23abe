package cn.perfeval.report.monitoring;

import static cn.perfeval.report.monitoring.MonitoringFigures.amount;
import static cn.perfeval.report.monitoring.MonitoringFigures.behind;
import static cn.perfeval.report.monitoring.MonitoringFigures.entries;
import static cn.perfeval.report.monitoring.MonitoringFigures.light;
import static cn.perfeval.report.monitoring.MonitoringFigures.money;
import static cn.perfeval.report.monitoring.MonitoringFigures.percent;

import cn.perfeval.report.rendering.Block;
import cn.perfeval.report.rendering.Block.Anchor;
import cn.perfeval.report.rendering.Block.Heading;
import cn.perfeval.report.rendering.Block.Paragraph;
import cn.perfeval.report.rendering.Block.Style;
import cn.perfeval.report.rendering.Block.Table;
import cn.perfeval.report.rendering.Figures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 一、预算执行情况: the department's pace, the month-end cumulative rates and the projects, lagging ones first. */
final class BudgetPaceBlocks {

    private static final List<String> MONTH_HEADER = List.of("月份", "预算（万元）", "累计执行（万元）", "累计执行率",
            "应达到执行率", "财政通报执行率");
    private static final List<String> PROJECT_HEADER = List.of("项目", "预算（万元）", "已执行（万元）", "执行率",
            "应达到执行率", "预警");

    private BudgetPaceBlocks() {
    }

    static List<Block> of(MonitoringRound round) {
        MonitoringRound.BudgetPace pace = round.budgetPace();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "一、预算执行情况"));
        blocks.add(new Paragraph(departmentSentence(round.asOf(), pace.department()), Style.BODY,
                Anchor.id("budget-pace")));
        blocks.add(new Heading(2, "（一）月末累计执行情况"));
        blocks.add(monthTable(entries(pace.months()), entries(pace.notifiedRates())));
        blocks.add(new Heading(2, "（二）项目执行情况"));
        blocks.add(projectTable(entries(pace.projects())));
        return blocks;
    }

    /** "截至2023年7月31日，部门预算21,755.05万元，已执行…，预算执行率47.07%，应达到执行率58.33%，落后11.26个百分点，预警：红。" */
    static String departmentSentence(LocalDate asOf, MonitoringRound.Pace department) {
        return "截至" + Figures.date(asOf) + "，部门预算" + money(department.budget()) + "，已执行"
                + money(department.executed()) + "，预算执行率" + percent(department.ratePercent()) + "，应达到执行率"
                + percent(department.expectedPercent()) + behind(department.behindPoints()) + "，预警："
                + light(department.light()) + "。";
    }

    private static Table monthTable(List<MonitoringRound.Month> months, List<MonitoringRound.NotifiedRate> notified) {
        Map<Integer, BigDecimal> notifiedByMonth = notified.stream().filter(rate -> rate.ratePercent() != null)
                .collect(Collectors.toMap(MonitoringRound.NotifiedRate::month, MonitoringRound.NotifiedRate::ratePercent,
                        (first, second) -> second));
        List<List<String>> rows = months.stream().sorted(Comparator.comparingInt(MonitoringRound.Month::month))
                .map(m -> List.of(m.month() + "月", amount(m.budget()), amount(m.executed()), percent(m.ratePercent()),
                        percent(m.expectedPercent()), Optional.ofNullable(notifiedByMonth.get(m.month()))
                                .map(MonitoringFigures::percent).orElse("")))
                .toList();
        return new Table("months", MONTH_HEADER, rows, false);
    }

    /** Lagging projects (red) first, each group in the round's order. */
    private static Table projectTable(List<MonitoringRound.Project> projects) {
        Function<MonitoringRound.Project, List<String>> row = p -> List.of(projectName(p), amount(p.budget()),
                amount(p.executed()), percent(p.ratePercent()), percent(p.expectedPercent()), light(p.light()));
        List<List<String>> rows = projects.stream()
                .sorted(Comparator.comparing(MonitoringRound.Project::lagging).reversed()).map(row).toList();
        return new Table("projects", PROJECT_HEADER, rows, false);
    }

    /** "公共租赁住房建设资金（P2023-01）". */
    static String projectName(MonitoringRound.Project project) {
        return project.name() == null ? MonitoringFigures.orMissing(project.code()) : project.name() + "（" + project.code() + "）";
    }
}
