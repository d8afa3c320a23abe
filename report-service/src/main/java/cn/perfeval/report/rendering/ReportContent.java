package cn.perfeval.report.rendering;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * The structured self-evaluation report, in the seed report's order (一、部门基本情况 … 四、下一步改进措施): every
 * figure, table and sentence a version shows. HTML, Markdown, DOCX and PDF are layouts of this record (the wording
 * is decided once, here); its canonical JSON hash decides whether a recompute or an edit changed the report.
 * Nothing in it depends on when or from which scorecard version it was composed, so an unchanged recompute hashes
 * the same.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportContent(
        String departmentCode,
        int fiscalYear,
        String departmentName,
        String title,
        BigDecimal total,
        String grade,
        boolean complete,
        List<Dimension> dimensions,
        /* 一（一）部门职能 */
        Narrative functions,
        /* 一（二）1. 年度重点工作任务安排情况 */
        List<KeyTask> keyTasks,
        /* 一（二）2. 年度总体工作和重点工作任务完成情况 */
        Narrative keyTaskCompletion,
        /* 一（三）1. 部门整体绩效目标 */
        String overallGoal,
        /* 一（三）2. 部门整体绩效指标 */
        List<TargetRow> targetTable,
        /* 一（四）部门整体收支情况 */
        String budgetParagraph,
        /* 一（五）部门整体绩效管理情况 */
        Narrative performanceManagement,
        /* 二（一）自评结论 */
        List<String> conclusion,
        /* 二（二）履职效能分析 */
        String performanceIntro,
        String outputIntro,
        List<TableRow> outputTable,
        List<String> outputNotes,
        String benefitIntro,
        List<TableRow> benefitTable,
        List<String> benefitNotes,
        ItemLine spendingRate,
        /* 二（三）管理效率分析 */
        String managementIntro,
        List<ItemGroup> managementGroups,
        /* 二（四）主要工作成效 */
        Narrative achievements,
        /* 三、存在的主要问题 and 四、下一步改进措施 */
        List<Finding> findings,
        Narrative measuresClosing) {

    /** The total as the seed writes points (95.50 → "95.5"); a layout helper, not part of the stored JSON. */
    public String totalPoints() {
        return Figures.points(total);
    }

    public record Dimension(String code, String name, BigDecimal max, BigDecimal score) {

        /** 46.00 → "46", as the conclusion writes it; a layout helper, not part of the stored JSON. */
        public String scorePoints() {
            return Figures.points(score);
        }
    }

    /**
     * A section people write through the narrative API.
     *
     * @param written false while nobody has written it (the layouts then show a placeholder)
     */
    public record Narrative(String key, String heading, List<String> paragraphs, boolean written) {
    }

    public record KeyTask(String ordinal, String task, String goal) {
    }

    /** A row of the 绩效指标 table: 一级/二级/三级指标, 实施周期指标值, 年度指标值, as written. */
    public record TargetRow(String level1, String level2, String name, String periodTarget, String annualTarget) {
    }

    /** A row of 表1/表2: 一级/二级/三级指标, 年度指标值 as written, 完成指标值, 完成情况（%）. */
    public record TableRow(String level1, String level2, String name, String annualTarget, String actual,
            String completion) {
    }

    /** One management category (预算编制, 采购管理 …) with its items, numbered as the seed numbers them. */
    public record ItemGroup(String heading, List<ItemLine> items) {
    }

    /**
     * One scored item: heading, the points sentence (分值…得分…), the explanation paragraphs (people's text where
     * written, otherwise the facts and the scoring engine's explanation) and each deduction with its points.
     */
    public record ItemLine(String code, String heading, BigDecimal max, BigDecimal score, String pointsSentence,
            List<String> paragraphs, List<String> deductions, String verdict) {
    }

    /**
     * A problem drafted from deductions and the improvement measure that answers it.
     *
     * @param key           the kind of deduction it was drafted from; edits are stored under this key
     * @param problemLabel  一是, 二是 …
     * @param measureLabel  1., 2. …
     * @param problemEdited true when a person replaced the drafted problem text (kept across republishing)
     * @param measureEdited likewise for the measure
     */
    public record Finding(String key, String problemLabel, String problem, boolean problemEdited,
            String measureLabel, String measure, boolean measureEdited, List<String> sourceItems) {
    }
}
