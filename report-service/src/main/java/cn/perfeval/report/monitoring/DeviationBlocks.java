package cn.perfeval.report.monitoring;

import cn.perfeval.report.rendering.Block;
import cn.perfeval.report.rendering.Block.Anchor;
import cn.perfeval.report.rendering.Block.Group;
import cn.perfeval.report.rendering.Block.Heading;
import cn.perfeval.report.rendering.Block.Paragraph;
import cn.perfeval.report.rendering.Block.Style;
import cn.perfeval.report.rendering.Figures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * 三、偏离原因及纠偏措施: every figure that is off pace (a yellow or red light) or that the department explained, with
 * its deviation's reason and text and every measure with its owner and due date. An off-pace figure nobody explained
 * is listed too, with a placeholder, so the gap shows.
 */
final class DeviationBlocks {

    private static final Set<String> OFF_PACE = Set.of("YELLOW", "RED");

    /** One figure of the round the department may explain: the department's pace, a project or an indicator. */
    private record Subject(String label, String light, MonitoringRound.Deviation deviation,
            List<MonitoringRound.Measure> measures) {

        boolean listed() {
            return OFF_PACE.contains(light) || deviation != null || !measures.isEmpty();
        }
    }

    private DeviationBlocks() {
    }

    static List<Block> of(MonitoringRound round) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "三、偏离原因及纠偏措施"));
        List<Subject> listed = subjects(round).filter(Subject::listed).toList();
        List<Block> explained = new ArrayList<>();
        if (listed.isEmpty()) {
            explained.add(Paragraph.body("本次监控未发现偏离绩效目标或预算执行进度的情况。"));
        }
        for (int i = 0; i < listed.size(); i++) {
            explained.addAll(subject(i + 1, listed.get(i)));
        }
        blocks.add(new Group(Anchor.id("deviations"), explained));
        return blocks;
    }

    private static Stream<Subject> subjects(MonitoringRound round) {
        MonitoringRound.Pace department = round.budgetPace().department();
        Stream<Subject> budget = Stream.of(new Subject("部门预算执行", department.light(), department.deviation(),
                MonitoringFigures.entries(department.measures())));
        Stream<Subject> projects = MonitoringFigures.entries(round.budgetPace().projects()).stream()
                .map(p -> new Subject("项目“" + BudgetPaceBlocks.projectName(p) + "”", p.light(), p.deviation(),
                        MonitoringFigures.entries(p.measures())));
        Stream<Subject> indicators = MonitoringFigures.entries(round.indicators()).stream()
                .sorted(Comparator.comparingInt(MonitoringRound.Indicator::ordinal))
                .map(i -> new Subject("绩效指标“" + MonitoringFigures.orMissing(i.name()) + "”", i.light(),
                        i.deviation(), MonitoringFigures.entries(i.measures())));
        return Stream.concat(budget, Stream.concat(projects, indicators));
    }

    private static List<Block> subject(int n, Subject subject) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "（" + Figures.chinese(n) + "）" + subject.label() + "（预警："
                + MonitoringFigures.light(subject.light()) + "）"));
        MonitoringRound.Deviation deviation = subject.deviation();
        blocks.add(deviation == null ? Paragraph.of("偏离原因：（未填报）", Style.PLACEHOLDER)
                : Paragraph.body("偏离原因：" + reasonLabel(deviation) + "。" + MonitoringFigures.orMissing(deviation.text())));
        if (subject.measures().isEmpty()) {
            blocks.add(Paragraph.of("纠偏措施：（未填报）", Style.PLACEHOLDER));
            return blocks;
        }
        blocks.add(Paragraph.body("纠偏措施："));
        for (int i = 0; i < subject.measures().size(); i++) {
            blocks.add(Paragraph.body((i + 1) + "." + measure(subject.measures().get(i))));
        }
        return blocks;
    }

    private static String reasonLabel(MonitoringRound.Deviation deviation) {
        return deviation.reasonLabel() != null ? deviation.reasonLabel() : MonitoringFigures.orMissing(deviation.reason());
    }

    /** "加快项目支付进度（责任人：财务科 张三；完成时限：2023年9月30日）". */
    static String measure(MonitoringRound.Measure measure) {
        return MonitoringFigures.orMissing(measure.measure()) + "（责任人：" + MonitoringFigures.orMissing(measure.owner())
                + "；完成时限：" + (measure.dueDate() == null ? MonitoringFigures.MISSING : Figures.date(measure.dueDate()))
                + "）";
    }
}
