package cn.perfeval.report.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What changed between two versions of a report, in terms a reader checks: totals and dimension scores, rows of
 * 表1/表2 and of the indicator table, scored items, problems and measures, the budget paragraph and the narrative.
 * Sentences derived from these (the conclusion, the intros) are left out: they change exactly when their figures do.
 */
public final class ReportDiff {

    /**
     * One difference.
     *
     * @param section where it is (总分, 表1, 管理效率, 存在的主要问题 …)
     * @param subject which row, item or section (an indicator's name, an item's heading …)
     * @param field   which value of it; "" for the whole row or section
     * @param before  null when the row or section was added
     * @param after   null when it was removed
     */
    public record Change(String section, String subject, String field, String before, String after) {

        /** "表1「当年广州住房公积金实缴人数」完成指标值：534.89万人 → 520万人". */
        public String summary() {
            String where = section + (subject == null || subject.isEmpty() ? "" : "「" + subject + "」")
                    + (field == null || field.isEmpty() ? "" : field);
            if (after == null) {
                return where + "：删除";
            }
            if (before == null || before.isEmpty()) {
                return where + "：新增" + (after.isEmpty() ? "" : " " + shorten(after));
            }
            if (after.isEmpty()) {
                return where + "：删除";
            }
            return where + "：" + shorten(before) + " → " + shorten(after);
        }

        private static String shorten(String text) {
            return text.length() <= 80 ? text : text.substring(0, 77) + "…";
        }
    }

    private ReportDiff() {
    }

    public static List<Change> between(ReportContent from, ReportContent to) {
        List<Change> changes = new ArrayList<>();
        value(changes, "总分", "", "", points(from.total()), points(to.total()));
        value(changes, "等级", "", "", from.grade(), to.grade());
        value(changes, "评分完整性", "", "", complete(from), complete(to));
        rows(changes, "维度得分", from.dimensions(), to.dimensions(), ReportContent.Dimension::name,
                Map.of("得分", d -> points(d.score())));
        Map<String, Function<ReportContent.TableRow, String>> tableFields = new LinkedHashMap<>();
        tableFields.put("年度指标值", ReportContent.TableRow::annualTarget);
        tableFields.put("完成指标值", ReportContent.TableRow::actual);
        tableFields.put("完成情况", ReportContent.TableRow::completion);
        value(changes, "表1说明", "", "", from.outputIntro(), to.outputIntro());
        value(changes, "表2说明", "", "", from.benefitIntro(), to.benefitIntro());
        rows(changes, "表1", from.outputTable(), to.outputTable(), ReportContent.TableRow::name, tableFields);
        rows(changes, "表2", from.benefitTable(), to.benefitTable(), ReportContent.TableRow::name, tableFields);
        Map<String, Function<ReportContent.TargetRow, String>> targetFields = new LinkedHashMap<>();
        targetFields.put("实施周期指标值", ReportContent.TargetRow::periodTarget);
        targetFields.put("年度指标值", ReportContent.TargetRow::annualTarget);
        rows(changes, "部门整体绩效指标", from.targetTable(), to.targetTable(), ReportContent.TargetRow::name, targetFields);
        value(changes, "部门整体收支情况", "", "", from.budgetParagraph(), to.budgetParagraph());
        Map<String, Function<ReportContent.ItemLine, String>> itemFields = new LinkedHashMap<>();
        itemFields.put("得分", item -> points(item.score()));
        itemFields.put("扣分", item -> String.join("；", item.deductions()));
        itemFields.put("说明", item -> String.join("\n", item.paragraphs()));
        rows(changes, "评分项", items(from), items(to), ReportContent.ItemLine::code,
                item -> item.heading().replaceFirst("^(\\(\\d+\\)|\\d+\\.)", ""), itemFields);
        Map<String, Function<ReportContent.Finding, String>> findingFields = new LinkedHashMap<>();
        findingFields.put("问题", ReportContent.Finding::problem);
        findingFields.put("措施", ReportContent.Finding::measure);
        rows(changes, "问题与措施", from.findings(), to.findings(), ReportContent.Finding::key,
                ReportDiff::firstSentence, findingFields);
        rows(changes, "叙述", narratives(from), narratives(to), ReportContent.Narrative::key,
                n -> n.heading() == null ? n.key() : n.heading().replaceFirst("^（.）|^\\d+\\.", ""),
                Map.of("", n -> String.join("\n", n.paragraphs())));
        return changes;
    }

    private static <T> void rows(List<Change> changes, String section, List<T> before, List<T> after,
            Function<T, String> key, Map<String, Function<T, String>> fields) {
        rows(changes, section, before, after, key, key, fields);
    }

    /** Rows matched by {@code key} and named by {@code label} (an item's code and its heading). */
    private static <T> void rows(List<Change> changes, String section, List<T> before, List<T> after,
            Function<T, String> key, Function<T, String> label, Map<String, Function<T, String>> fields) {
        Map<String, T> old = index(before, key);
        Map<String, T> current = index(after, key);
        for (Map.Entry<String, T> row : current.entrySet()) {
            T previous = old.get(row.getKey());
            String name = label.apply(row.getValue());
            if (previous == null) {
                changes.add(new Change(section, name, "", null, ""));
                continue;
            }
            fields.forEach((field, read) ->
                    value(changes, section, name, field, read.apply(previous), read.apply(row.getValue())));
        }
        old.entrySet().stream().filter(row -> !current.containsKey(row.getKey()))
                .forEach(row -> changes.add(new Change(section, label.apply(row.getValue()), "", "", null)));
    }

    private static void value(List<Change> changes, String section, String subject, String field, String before,
            String after) {
        if (!Objects.equals(before == null ? "" : before, after == null ? "" : after)) {
            changes.add(new Change(section, subject, field, before == null ? "" : before, after == null ? "" : after));
        }
    }

    private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
        Map<String, T> indexed = new LinkedHashMap<>();
        if (rows != null) {
            rows.forEach(row -> indexed.putIfAbsent(key.apply(row), row));
        }
        return indexed;
    }

    private static List<ReportContent.ItemLine> items(ReportContent report) {
        Stream<ReportContent.ItemLine> spending = report.spendingRate() == null ? Stream.empty()
                : Stream.of(report.spendingRate());
        Stream<ReportContent.ItemLine> management = report.managementGroups() == null ? Stream.empty()
                : report.managementGroups().stream().flatMap(group -> group.items().stream());
        return Stream.concat(spending, management).toList();
    }

    private static List<ReportContent.Narrative> narratives(ReportContent report) {
        return Stream.of(report.functions(), report.keyTaskCompletion(), report.performanceManagement(),
                report.achievements(), report.measuresClosing()).filter(Objects::nonNull).toList();
    }

    /** A problem is named by its first sentence: "部分政府采购合同签订和备案工作时效性有待加强". */
    private static String firstSentence(ReportContent.Finding finding) {
        int end = finding.problem().indexOf('。');
        return end < 0 ? finding.problem() : finding.problem().substring(0, end);
    }

    private static String points(BigDecimal value) {
        return Figures.points(value);
    }

    private static String complete(ReportContent report) {
        return report.complete() ? "完整" : "暂定（部分评分依据未填报）";
    }
}
