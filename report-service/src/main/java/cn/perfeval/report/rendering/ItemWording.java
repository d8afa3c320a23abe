package cn.perfeval.report.rendering;

import cn.perfeval.report.scorecard.ScorecardSnapshot;
import java.util.ArrayList;
import java.util.List;

/** One scored item in the seed's wording: "分值2分，自评得分2分。", the reasons, and "根据评分标准，该指标得满分。". */
final class ItemWording {

    private ItemWording() {
    }

    static ReportContent.ItemLine line(ScorecardSnapshot.Item item, String heading, ScorecardSnapshot.Budget budget,
            int year, String department, NarrativeTexts narrative) {
        List<String> paragraphs = new ArrayList<>();
        narrative.text(NarrativeKeys.ITEM_PREFIX + item.code()).ifPresentOrElse(
                written -> paragraphs.addAll(ReportComposer.paragraphs(written)),
                () -> {
                    paragraphs.addAll(BudgetWording.itemFacts(item.code(), budget, year, department));
                    if (item.explanation() != null && !item.explanation().isBlank()) {
                        paragraphs.add(sentence(item.explanation()));
                    }
                });
        return new ReportContent.ItemLine(item.code(), heading, item.max(), item.score(), pointsSentence(item),
                paragraphs, deductions(item), verdict(item));
    }

    /** 二（二）3. 部门预算资金支出率, which the seed writes as one paragraph around the average execution rate. */
    static ReportContent.ItemLine spendingRate(ScorecardSnapshot.Item item, ScorecardSnapshot.Budget budget, int year,
            String department) {
        String basis = BudgetWording.spendingRateBasis(budget, year, department);
        String sentence = item.name() + "具体反映部门预算资金支出进度，分值权重为" + Figures.points(item.max()) + "分，"
                + (basis == null ? "" : basis + "，") + "根据评分标准，该指标得" + Figures.points(item.score()) + "分。";
        List<String> paragraphs = item.explanation() == null || item.explanation().isBlank() ? List.of()
                : List.of(sentence(item.explanation()));
        return new ReportContent.ItemLine(item.code(), "3." + item.name(), item.max(), item.score(), sentence,
                paragraphs, deductions(item), verdict(item));
    }

    /** The scorecard's explanations are clauses; in the report's prose each is a sentence. */
    static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith("。") || stripped.endsWith("！") || stripped.endsWith("？") ? stripped : stripped + "。";
    }

    private static String pointsSentence(ScorecardSnapshot.Item item) {
        boolean full = fullMarks(item);
        return "分值" + Figures.points(item.max()) + "分，" + (full ? "自评得分" : "得分") + Figures.points(item.score())
                + "分。";
    }

    private static String verdict(ScorecardSnapshot.Item item) {
        if (item.score() == null) {
            return "评分依据尚未填报。";
        }
        if (fullMarks(item)) {
            return "根据评分标准，该指标得满分。";
        }
        return item.score().signum() == 0 ? "根据评分标准，该指标不得分。"
                : "根据评分标准，该指标得" + Figures.points(item.score()) + "分。";
    }

    private static boolean fullMarks(ScorecardSnapshot.Item item) {
        return item.score() != null && item.max() != null && item.score().compareTo(item.max()) == 0;
    }

    /** "CT-2023-002：成交通知书 2023-03-01 发出，2023-04-10 签订，超过 30 日（扣3分）". */
    private static List<String> deductions(ScorecardSnapshot.Item item) {
        return item.deductions() == null ? List.of() : item.deductions().stream()
                .map(d -> (d.recordId() == null ? "" : d.recordId() + "：") + d.reason()
                        + (d.points() == null ? "" : "（扣" + Figures.points(d.points()) + "分）"))
                .toList();
    }
}
