package cn.perfeval.report.rendering;

import cn.perfeval.report.scorecard.ScorecardSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Composes the report from exactly the scorecard that was published plus the narrative people wrote. No figure is
 * computed here: totals, points, completion rates and budget figures are the scorecard's; this class only decides
 * the seed's wording and order.
 */
@ApplicationScoped
public class ReportComposer {

    /** The performance dimension (履职效能) holds the indicator tables and the spending rate; the rest is itemised. */
    static final String PERFORMANCE_DIMENSION = "performance";
    static final String SPENDING_RATE_ITEM = "budget-spending-rate";
    private static final String OUTPUT_ITEM = "output-indicators";
    private static final String BENEFIT_ITEM = "benefit-indicators";
    /** 表1 holds output indicators, and cost indicators with them (the scheme scores them together). */
    private static final Set<String> OUTPUT_LEVELS = Set.of("OUTPUT", "COST");
    private static final Set<String> BENEFIT_LEVELS = Set.of("BENEFIT", "SATISFACTION");
    private static final Map<String, String> GRADE_LABELS = Map.of(
            "EXCELLENT", "优", "GOOD", "良", "FAIR", "中", "POOR", "差");

    public ReportContent compose(ScorecardSnapshot scorecard, NarrativeTexts narrative) {
        int year = scorecard.fiscalYear();
        String department = departmentName(scorecard);
        List<ScorecardSnapshot.Indicator> indicators = sortedIndicators(scorecard);
        List<ScorecardSnapshot.Indicator> outputs = ofLevels(indicators, OUTPUT_LEVELS);
        List<ScorecardSnapshot.Indicator> benefits = ofLevels(indicators, BENEFIT_LEVELS);
        Optional<ScorecardSnapshot.Evaluation> evaluation = Optional.ofNullable(scorecard.evaluation());
        return new ReportContent(scorecard.departmentCode(), year, department,
                year + "年度" + department + "部门整体支出绩效自评报告", scorecard.total(),
                GRADE_LABELS.getOrDefault(scorecard.grade(), scorecard.grade()), scorecard.complete(),
                dimensions(scorecard),
                narrative(narrative, NarrativeKeys.FUNCTIONS, "（一）部门职能",
                        Optional.ofNullable(scorecard.department()).map(ScorecardSnapshot.Department::functions)),
                keyTasks(evaluation),
                narrative(narrative, NarrativeKeys.KEY_TASK_COMPLETION, "2.年度总体工作和重点工作任务完成情况",
                        Optional.empty()),
                evaluation.map(ScorecardSnapshot.Evaluation::overallGoal).orElse(null),
                indicators.stream().map(ReportComposer::targetRow).toList(),
                BudgetWording.paragraph(scorecard.budget(), year, department, narrative),
                narrative(narrative, NarrativeKeys.PERFORMANCE_MANAGEMENT, "（五）部门整体绩效管理情况", Optional.empty()),
                conclusion(scorecard, department, narrative),
                dimensionIntro(scorecard, PERFORMANCE_DIMENSION, department,
                        "履职效能集中评价整体产出指标和效益指标的完成情况，重点关注履职任务完成情况和履职活动达到的效果。", ""),
                IndicatorTables.intro("产出指标", "表1", outputs, item(scorecard, OUTPUT_ITEM)),
                outputs.stream().map(IndicatorTables::row).toList(), IndicatorTables.notes(outputs),
                IndicatorTables.intro("效益指标", "表2", benefits, item(scorecard, BENEFIT_ITEM)),
                benefits.stream().map(IndicatorTables::row).toList(), IndicatorTables.notes(benefits),
                item(scorecard, SPENDING_RATE_ITEM).map(item -> ItemWording.spendingRate(item, scorecard.budget(),
                        year, department)).orElse(null),
                dimensionIntro(scorecard, "management", department, "部门整体支出绩效自评中，", "具体得分及分析如下："),
                managementGroups(scorecard, department, narrative),
                narrative(narrative, NarrativeKeys.ACHIEVEMENTS, "（四）主要工作成效", Optional.empty()),
                FindingDrafts.draft(scorecard, department, narrative),
                narrative(narrative, NarrativeKeys.MEASURES_CLOSING, null, Optional.empty()));
    }

    /** In the order of the report's tables: by ordinal, then name. */
    private static List<ScorecardSnapshot.Indicator> sortedIndicators(ScorecardSnapshot scorecard) {
        return scorecard.indicators() == null ? List.of() : scorecard.indicators().stream()
                .sorted(Comparator.comparingInt(ScorecardSnapshot.Indicator::ordinal)
                        .thenComparing(ScorecardSnapshot.Indicator::name))
                .toList();
    }

    private static List<ScorecardSnapshot.Indicator> ofLevels(List<ScorecardSnapshot.Indicator> indicators,
            Set<String> levels) {
        return indicators.stream().filter(i -> levels.contains(i.level1())).toList();
    }

    private static List<ReportContent.Dimension> dimensions(ScorecardSnapshot scorecard) {
        return scorecard.dimensions().stream()
                .map(d -> new ReportContent.Dimension(d.code(), d.name(), d.max(), d.score()))
                .toList();
    }

    private static List<ReportContent.KeyTask> keyTasks(Optional<ScorecardSnapshot.Evaluation> evaluation) {
        return evaluation.map(ScorecardSnapshot.Evaluation::keyTasks).orElse(List.of()).stream()
                .sorted(Comparator.comparing(t -> t.ordinal() == null ? Integer.MAX_VALUE : t.ordinal()))
                .map(t -> new ReportContent.KeyTask(t.ordinal() == null ? "" : t.ordinal().toString(), t.task(), t.goal()))
                .toList();
    }

    /** The department's name as its scorecard carries it, else its code. */
    public static String departmentName(ScorecardSnapshot scorecard) {
        return Optional.ofNullable(scorecard.department()).map(ScorecardSnapshot.Department::name)
                .filter(name -> !name.isBlank()).orElse(scorecard.departmentCode());
    }

    /** A section people wrote, or (for 部门职能) what the department record says until someone writes it. */
    private static ReportContent.Narrative narrative(NarrativeTexts narrative, String key, String heading,
            Optional<String> fallback) {
        Optional<String> text = narrative.text(key).or(() -> fallback.filter(t -> !t.isBlank()));
        return new ReportContent.Narrative(key, heading, text.map(ReportComposer::paragraphs).orElse(List.of()),
                text.isPresent());
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static ReportContent.TargetRow targetRow(ScorecardSnapshot.Indicator indicator) {
        return new ReportContent.TargetRow(indicator.level1Name(), indicator.level2(), indicator.name(),
                IndicatorTables.text(indicator.periodTarget()), IndicatorTables.text(indicator.annualTarget()));
    }

    /** 二（一）: the seed's conclusion, ending with the total and each dimension's score. */
    private static List<String> conclusion(ScorecardSnapshot scorecard, String department, NarrativeTexts narrative) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder(department)
                .append("从履职效能和管理效率两方面进行评价，履职效能方面集中评价整体产出指标和效益指标的完成情况，"
                        + "重点关注履职任务完成情况和履职活动达到的效果，管理效率方面综合评价预算资金、绩效管理、采购管理、"
                        + "资产管理、成本管理等方面情况。");
        narrative.text(NarrativeKeys.CONCLUSION).ifPresent(written -> text.append(written.strip()));
        text.append("部门整体支出绩效自评综合得分为").append(Figures.points(scorecard.total())).append("分");
        List<String> dimensions = scorecard.dimensions().stream()
                .map(d -> d.name() + "情况自评综合得分为" + Figures.points(d.score()) + "分").toList();
        if (!dimensions.isEmpty()) {
            text.append("，其中").append(String.join("，", dimensions));
        }
        paragraphs.add(text.append("。").toString());
        if (!scorecard.complete()) {
            paragraphs.add("部分评分依据尚未填报，得分为暂定结果。");
        }
        return paragraphs;
    }

    private static String dimensionIntro(ScorecardSnapshot scorecard, String code, String department, String lead,
            String tail) {
        return scorecard.dimensions().stream().filter(d -> code.equals(d.code())).findFirst()
                .map(d -> lead + d.name() + "的分值权重为" + Figures.points(d.max()) + "分，" + department
                        + "按照市财政局的评分标准计算出自评得分为" + Figures.points(d.score()) + "分。" + tail)
                .orElse(null);
    }

    private static Optional<ScorecardSnapshot.Item> item(ScorecardSnapshot scorecard, String code) {
        return scorecard.items().stream().filter(item -> code.equals(item.code())).findFirst();
    }

    /** The seed heads each category "…实施情况", except 预算编制, which happens before the year's implementation. */
    private static String groupHeading(String category) {
        return category.equals("预算编制") || category.equals("其他") ? category : category + "实施情况";
    }

    /** 二（三）: management items grouped by category in scheme order, numbered as the seed numbers them. */
    private static List<ReportContent.ItemGroup> managementGroups(ScorecardSnapshot scorecard, String department,
            NarrativeTexts narrative) {
        Map<String, List<ScorecardSnapshot.Item>> byCategory = new LinkedHashMap<>();
        for (ScorecardSnapshot.Item item : scorecard.items()) {
            if (!PERFORMANCE_DIMENSION.equals(item.dimension())) {
                byCategory.computeIfAbsent(item.category() == null ? "其他" : item.category(), k -> new ArrayList<>())
                        .add(item);
            }
        }
        List<ReportContent.ItemGroup> groups = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<ScorecardSnapshot.Item>> category : byCategory.entrySet()) {
            n++;
            List<ScorecardSnapshot.Item> items = category.getValue();
            List<ReportContent.ItemLine> lines = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String heading = items.size() == 1 ? items.get(i).name() : "(" + (i + 1) + ")" + items.get(i).name();
                lines.add(ItemWording.line(items.get(i), heading, scorecard.budget(), scorecard.fiscalYear(),
                        department, narrative));
            }
            groups.add(new ReportContent.ItemGroup(n + "." + groupHeading(category.getKey()), lines));
        }
        return groups;
    }
}
