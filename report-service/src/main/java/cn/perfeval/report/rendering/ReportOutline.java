package cn.perfeval.report.rendering;

import cn.perfeval.report.rendering.Block.Anchor;
import cn.perfeval.report.rendering.Block.Group;
import cn.perfeval.report.rendering.Block.Heading;
import cn.perfeval.report.rendering.Block.Paragraph;
import cn.perfeval.report.rendering.Block.Style;
import cn.perfeval.report.rendering.Block.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's section structure, written once: 一、部门基本情况 … 四、下一步改进措施 with their headings, tables,
 * placeholders and anchors, in the seed report's order. HTML, Markdown, DOCX and PDF walk this list; none of them
 * names a section.
 */
public final class ReportOutline {

    static final List<String> INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "完成指标值",
            "完成情况（%）");
    private static final String NOT_WRITTEN = "（待填写）";

    private final List<Block> blocks = new ArrayList<>();

    private ReportOutline() {
    }

    /** @param version the published version number, or null for a draft */
    public static List<Block> of(ReportContent report, Integer version) {
        ReportOutline outline = new ReportOutline();
        outline.add(new Block.Title(report.title(), version == null ? "草稿（未公开）" : "第 " + version + " 版"));
        outline.basicInformation(report);
        outline.selfEvaluation(report);
        outline.problemsAndMeasures(report);
        return List.copyOf(outline.blocks);
    }

    /** The outline with the report's title, as the layout formats take it. */
    public static Outline document(ReportContent report, Integer version) {
        return new Outline(report.title(), of(report, version));
    }

    /** 一、部门基本情况. */
    private void basicInformation(ReportContent report) {
        heading(1, "一、部门基本情况");
        narrative(report.functions(), 2);
        heading(2, "（二）年度总体工作和重点工作任务");
        heading(3, "1.年度重点工作任务安排情况");
        if (report.keyTasks().isEmpty()) {
            add(Paragraph.of("（年度重点工作任务尚未填报）", Style.PLACEHOLDER));
        } else {
            add(new Table("key-tasks", List.of("序号", "年度重点工作任务", "绩效目标"), report.keyTasks().stream()
                    .map(t -> cells(t.ordinal(), t.task(), t.goal())).toList(), false));
        }
        narrative(report.keyTaskCompletion(), 3);
        heading(2, "（三）部门整体支出绩效目标");
        heading(3, "1.部门整体绩效目标");
        add(report.overallGoal() == null ? Paragraph.of("（部门整体绩效目标尚未填报）", Style.PLACEHOLDER)
                : Paragraph.body(report.overallGoal()));
        heading(3, "2.部门整体绩效指标");
        add(new Table("targets", List.of("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"),
                report.targetTable().stream().map(r -> cells(r.level1(), r.level2(), r.name(), r.periodTarget(),
                        r.annualTarget())).toList(), false));
        heading(2, "（四）部门整体收支情况");
        add(new Paragraph(report.budgetParagraph(), Style.BODY, Anchor.id("budget")));
        narrative(report.performanceManagement(), 2);
    }

    /** 二、绩效自评情况. */
    private void selfEvaluation(ReportContent report) {
        heading(1, "二、绩效自评情况");
        heading(2, "（一）自评结论");
        for (int i = 0; i < report.conclusion().size(); i++) {
            add(new Paragraph(report.conclusion().get(i), Style.BODY, i == 0 ? Anchor.id("conclusion") : Anchor.NONE));
        }
        add(new Block.Scores(report.totalPoints(), report.grade(), report.dimensions().stream()
                .map(d -> new Block.DimensionScore(d.code(), d.name(), d.scorePoints())).toList()));
        heading(2, "（二）履职效能分析");
        optionalBody(report.performanceIntro());
        indicatorTable("1.部门整体绩效目标产出指标完成情况", report.outputIntro(), "表1", "table-1", report.outputTable(),
                report.outputNotes());
        indicatorTable("2.部门整体绩效目标效益指标完成情况", report.benefitIntro(), "表2", "table-2", report.benefitTable(),
                report.benefitNotes());
        if (report.spendingRate() != null) {
            heading(3, report.spendingRate().heading());
            add(new Paragraph(report.spendingRate().pointsSentence(), Style.BODY, Anchor.id("spending-rate")));
            report.spendingRate().paragraphs().forEach(p -> add(Paragraph.of(p, Style.META)));
        }
        heading(2, "（三）管理效率分析");
        optionalBody(report.managementIntro());
        add(new Group(Anchor.id("management"), managementGroups(report)));
        narrative(report.achievements(), 2);
    }

    /** 三、存在的主要问题 and 四、下一步改进措施: one problem and one measure per kind of deduction. */
    private void problemsAndMeasures(ReportContent report) {
        heading(1, "三、存在的主要问题");
        List<Block> problems = new ArrayList<>();
        if (report.findings().isEmpty()) {
            problems.add(Paragraph.body("本年度自评未发现扣分事项。"));
        }
        report.findings().forEach(f -> problems.add(finding(f, f.problemLabel() + f.problem())));
        add(new Group(Anchor.id("problems"), problems));
        heading(1, "四、下一步改进措施");
        List<Block> measures = new ArrayList<>();
        report.findings().forEach(f -> measures.add(finding(f, f.measureLabel() + f.measure())));
        report.measuresClosing().paragraphs().forEach(p -> measures.add(Paragraph.body(p)));
        add(new Group(Anchor.id("measures"), measures));
    }

    private static Paragraph finding(ReportContent.Finding finding, String text) {
        return new Paragraph(text, Style.BODY, Anchor.data(null, "key", finding.key()));
    }

    private void indicatorTable(String heading, String intro, String number, String id,
            List<ReportContent.TableRow> rows, List<String> notes) {
        heading(3, heading);
        add(Paragraph.body(intro));
        add(Paragraph.of(number + " " + heading.substring(heading.indexOf('.') + 1), Style.CAPTION));
        add(new Table(id, INDICATOR_HEADER, rows.stream().map(r -> cells(r.level1(), r.level2(), r.name(),
                r.annualTarget(), r.actual(), r.completion())).toList(), true));
        if (!notes.isEmpty()) {
            add(Paragraph.of("备注：", Style.META));
            notes.forEach(note -> add(Paragraph.of(note, Style.META)));
        }
    }

    private static List<Block> managementGroups(ReportContent report) {
        List<Block> groups = new ArrayList<>();
        for (ReportContent.ItemGroup group : report.managementGroups()) {
            groups.add(new Heading(3, group.heading()));
            group.items().forEach(item -> groups.add(item(item)));
        }
        return groups;
    }

    private static Group item(ReportContent.ItemLine item) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(4, item.heading()));
        blocks.add(Paragraph.body(item.pointsSentence()));
        item.paragraphs().forEach(p -> blocks.add(Paragraph.body(p)));
        item.deductions().forEach(d -> blocks.add(Paragraph.of("扣分：" + d, Style.DEDUCTION)));
        blocks.add(Paragraph.body(item.verdict()));
        return new Group(Anchor.data("item", "code", item.code()), blocks);
    }

    /** A section people write; its heading (if any) is outside the group, the placeholder inside. */
    private void narrative(ReportContent.Narrative section, int level) {
        if (section.heading() != null) {
            heading(level, section.heading());
        }
        List<Block> paragraphs = section.written() ? section.paragraphs().stream().<Block>map(Paragraph::body).toList()
                : List.of(Paragraph.of(NOT_WRITTEN, Style.PLACEHOLDER));
        add(new Group(Anchor.data("narrative", "section", section.key()), paragraphs));
    }

    private void optionalBody(String text) {
        if (text != null) {
            add(Paragraph.body(text));
        }
    }

    private void heading(int level, String text) {
        add(new Heading(level, text));
    }

    private void add(Block block) {
        blocks.add(block);
    }

    /** Table cells as text, an absent value as an empty cell. */
    private static List<String> cells(String... values) {
        List<String> cells = new ArrayList<>(values.length);
        for (String value : values) {
            cells.add(value == null ? "" : value);
        }
        return cells;
    }
}
