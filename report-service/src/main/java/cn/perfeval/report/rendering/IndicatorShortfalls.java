package cn.perfeval.report.rendering;

import cn.perfeval.report.scorecard.ScorecardSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators that lost points, stated as the department wrote them: "年度住房公积金贷款发放笔数年度指标值4.48万笔，
 * 实际完成4.00万笔，完成率89.29%". Values come as written with their units (the indicator service's text), rates
 * with two decimals; the scoring engine's deduction reasons, which work in base units, are used only for an
 * indicator the scorecard does not describe.
 */
final class IndicatorShortfalls {

    private static final Map<String, String> GRADE_LABELS = Map.of(
            "ACHIEVED", "达成", "PARTLY_ACHIEVED", "部分达成", "NOT_ACHIEVED", "未达成");

    private IndicatorShortfalls() {
    }

    /**
     * The problem: a lead that fits every indicator it lists (a 达成 indicator scored at 85% did reach its target),
     * then one clause per deduction.
     */
    static String problem(ScorecardSnapshot scorecard, List<ScorecardSnapshot.Item> items) {
        List<ScorecardSnapshot.Deduction> deductions = items.stream().flatMap(item -> item.deductions().stream())
                .toList();
        List<Optional<ScorecardSnapshot.Indicator>> indicators = deductions.stream()
                .map(d -> indicator(scorecard, d.recordId())).toList();
        boolean anyMissed = indicators.stream().anyMatch(i -> i.map(IndicatorShortfalls::missed).orElse(true));
        String lead = anyMissed ? "部分绩效指标未达到年度指标值。" : "部分绩效指标完成情况有待提高。";
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < deductions.size(); i++) {
            String reason = deductions.get(i).reason();
            clauses.add(indicators.get(i).map(IndicatorShortfalls::clause).orElse(reason));
        }
        return lead + String.join("；", clauses) + "。";
    }

    private static Optional<ScorecardSnapshot.Indicator> indicator(ScorecardSnapshot scorecard, String id) {
        return scorecard.indicators() == null || id == null ? Optional.empty()
                : scorecard.indicators().stream().filter(i -> id.equals(i.id())).findFirst();
    }

    private static boolean missed(ScorecardSnapshot.Indicator indicator) {
        return indicator.completion() == null || !"MET".equals(indicator.completion().status());
    }

    private static String clause(ScorecardSnapshot.Indicator indicator) {
        if ("QUALITATIVE".equals(indicator.comparator())) {
            String grade = GRADE_LABELS.getOrDefault(indicator.qualitativeGrade(), indicator.qualitativeGrade());
            return indicator.name() + "评价为" + grade + rate("，按", share(indicator), "计分");
        }
        return indicator.name() + "年度指标值" + IndicatorTables.text(indicator.annualTarget()) + "，实际完成"
                + IndicatorTables.text(indicator.actual())
                + rate("，完成率", indicator.completion() == null ? null : indicator.completion().ratePercent(), "");
    }

    private static BigDecimal share(ScorecardSnapshot.Indicator indicator) {
        return indicator.qualitativeShare() == null ? null
                : indicator.qualitativeShare().multiply(BigDecimal.valueOf(100));
    }

    private static String rate(String before, BigDecimal percent, String after) {
        return percent == null ? "" : before + Figures.percent(percent) + after;
    }
}
