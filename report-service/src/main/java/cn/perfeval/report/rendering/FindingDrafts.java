package cn.perfeval.report.rendering;

import cn.perfeval.report.scorecard.ScorecardSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts 三、存在的主要问题 and 四、下一步改进措施 from the deductions, in the seed report's wording. Each item that lost
 * points belongs to a kind of deduction; items of one kind make one problem and one measure (the seed's late
 * signing and late filing make "部分政府采购合同签订和备案工作时效性有待加强"). A person's edit of a kind's problem
 * or measure (narrative {@code problem.<kind>} / {@code measure.<kind>}) replaces the draft for as long as that kind
 * of deduction exists. The previous year's open rectification tasks come last ({@link CarriedRectification}).
 */
final class FindingDrafts {

    /** A kind of deduction: the problem it states and the measure that answers it. */
    private record Kind(String key, String problemLead, String problemDetail, String measureLead) {
    }

    /** A part of a kind contributed by one item: the words it adds to the problem and its own measure. */
    private record Part(Kind kind, String problemWords, String measure) {
    }

    private static final Kind BUDGET_EXECUTION = new Kind("budget-execution", "预算执行率均衡性有待加强。",
            "{year}年{dept}个别项目因在实施过程中受客观因素影响进度，影响部门整体支出和财政资金使用效率，"
                    + "导致部分月份预算执行率存在不同程度偏差，均衡性有待提高。",
            "加强预算资金管理。");
    private static final Kind PROCUREMENT_CONTRACTS = new Kind("procurement-contracts", null, null,
            "进一步完善采购工作流程。");
    private static final Kind PROCUREMENT_INTENTIONS = new Kind("procurement-intentions", null, null,
            "加强采购意向公开管理。");
    /** Its problem is stated indicator by indicator ({@link IndicatorShortfalls}). */
    private static final Kind INDICATORS = new Kind("indicators", null, null, "加强绩效目标执行监控。");
    private static final Kind RUNNING_COSTS = new Kind("running-costs", "运行成本控制有待加强。", null,
            "严格控制运行成本。");

    private static final Map<String, Part> BY_ITEM = new LinkedHashMap<>();

    static {
        BY_ITEM.put("budget-spending-rate", new Part(BUDGET_EXECUTION, null,
                "一是进一步提高预算项目支出均衡性，强化项目执行监督管理，督促项目加快实施，对达到付款条件的项目及时拨付项目资金。"
                        + "二是依据不同部门、不同环节，对预算工作建立权责分明的管理体系，加强各个部门预算执行刚性约束，提高预算执行的效率。"));
        BY_ITEM.put("contract-signing-timeliness", new Part(PROCUREMENT_CONTRACTS, "合同签订",
                "提高采购合同签订效率。采购人将严格按照政府采购法有关规定，在中标、成交通知书发出之日起30日内，"
                        + "按照采购文件确定的事项与中标、成交供应商签订政府采购合同。"));
        BY_ITEM.put("contract-filing-timeliness", new Part(PROCUREMENT_CONTRACTS, "备案",
                "及时备案公开。采购人将根据政府采购法有关规定，自政府采购合同签订之日起2个工作日内，"
                        + "登录广东省政府采购网上传政府采购合同扫描版，如实填报政府采购合同的签订时间。"));
        BY_ITEM.put("procurement-intention-completeness", new Part(PROCUREMENT_INTENTIONS, "完整性",
                "完整公开采购意向。在实施采购前按规定公开全部采购项目的采购意向。"));
        BY_ITEM.put("procurement-intention-timeliness", new Part(PROCUREMENT_INTENTIONS, "及时性",
                "按时公开采购意向。采购意向公开时间不晚于采购活动开始前30日。"));
        BY_ITEM.put("output-indicators", new Part(INDICATORS, null,
                "对完成情况未达预期的产出指标加强运行跟踪，及时分析偏差原因并督促整改，确保年度绩效目标如期实现。"));
        BY_ITEM.put("benefit-indicators", new Part(INDICATORS, null,
                "对完成情况未达预期的效益和满意度指标加强运行跟踪，及时分析偏差原因并督促整改，确保履职效果。"));
        BY_ITEM.put("public-funds-control", new Part(RUNNING_COSTS, "公用经费",
                "严格执行公用经费预算，实际支出公用经费总额不超过预算安排公用经费总额。"));
        BY_ITEM.put("three-public-expenses", new Part(RUNNING_COSTS, "“三公”经费",
                "从严控制“三公”经费，实际支出数不超过预算安排数。"));
    }

    private FindingDrafts() {
    }

    static List<ReportContent.Finding> draft(ScorecardSnapshot scorecard, String departmentName,
            NarrativeTexts narrative) {
        Map<String, List<Part>> partsByKind = new LinkedHashMap<>();
        Map<String, List<ScorecardSnapshot.Item>> itemsByKind = new LinkedHashMap<>();
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (ScorecardSnapshot.Item item : scorecard.items()) {
            if (!lostPoints(item)) {
                continue;
            }
            Part part = BY_ITEM.getOrDefault(item.code(), genericPart(item));
            kinds.putIfAbsent(part.kind().key(), part.kind());
            partsByKind.computeIfAbsent(part.kind().key(), k -> new ArrayList<>()).add(part);
            itemsByKind.computeIfAbsent(part.kind().key(), k -> new ArrayList<>()).add(item);
        }
        List<ReportContent.Finding> findings = new ArrayList<>();
        int n = 0;
        for (Kind kind : kinds.values()) {
            n++;
            List<Part> parts = partsByKind.get(kind.key());
            List<ScorecardSnapshot.Item> items = itemsByKind.get(kind.key());
            String draftedProblem = problem(kind, parts, items, scorecard, departmentName);
            String draftedMeasure = measure(kind, parts);
            String problem = narrative.text(NarrativeKeys.PROBLEM_PREFIX + kind.key()).orElse(draftedProblem);
            String measure = narrative.text(NarrativeKeys.MEASURE_PREFIX + kind.key()).orElse(draftedMeasure);
            findings.add(new ReportContent.Finding(kind.key(), Figures.chinese(n) + "是", problem,
                    !problem.equals(draftedProblem), n + ".", measure, !measure.equals(draftedMeasure),
                    items.stream().map(ScorecardSnapshot.Item::code).toList()));
        }
        CarriedRectification.finding(scorecard, n + 1, narrative).ifPresent(findings::add);
        return findings;
    }

    private static boolean lostPoints(ScorecardSnapshot.Item item) {
        return item.max() != null && item.score() != null && item.score().compareTo(item.max()) < 0
                && item.deductions() != null && !item.deductions().isEmpty();
    }

    /** An item with no wording of its own is its own kind, stated with the points and reasons it lost. */
    private static Part genericPart(ScorecardSnapshot.Item item) {
        BigDecimal lost = item.max().subtract(item.score());
        String reasons = String.join("；", item.deductions().stream().map(ScorecardSnapshot.Deduction::reason).toList());
        Kind kind = new Kind(item.code(), item.name() + "有待加强。",
                "该指标扣" + Figures.points(lost) + "分（" + reasons + "）。", "改进" + item.name() + "。");
        return new Part(kind, null, "针对扣分原因逐项明确整改目标、措施、时限和责任人，落实整改。");
    }

    private static String problem(Kind kind, List<Part> parts, List<ScorecardSnapshot.Item> items,
            ScorecardSnapshot scorecard, String departmentName) {
        if (kind == PROCUREMENT_CONTRACTS) {
            return "部分政府采购" + words(parts) + "工作时效性有待加强。";
        }
        if (kind == PROCUREMENT_INTENTIONS) {
            return "采购意向公开的" + words(parts) + "有待加强。";
        }
        if (kind == RUNNING_COSTS) {
            return words(parts) + "控制有待加强。";
        }
        if (kind == INDICATORS) {
            return IndicatorShortfalls.problem(scorecard, items);
        }
        String detail = kind.problemDetail() == null ? "" : kind.problemDetail()
                .replace("{year}", Integer.toString(scorecard.fiscalYear())).replace("{dept}", departmentName);
        return kind.problemLead() + detail;
    }

    private static String measure(Kind kind, List<Part> parts) {
        if (parts.size() == 1) {
            return kind.measureLead() + parts.get(0).measure();
        }
        StringBuilder measure = new StringBuilder(kind.measureLead());
        for (int i = 0; i < parts.size(); i++) {
            measure.append(Figures.chinese(i + 1)).append("是").append(parts.get(i).measure());
        }
        return measure.toString();
    }

    private static String words(List<Part> parts) {
        return String.join("和", parts.stream().map(Part::problemWords).toList());
    }
}
