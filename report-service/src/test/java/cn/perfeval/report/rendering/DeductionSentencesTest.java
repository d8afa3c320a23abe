package cn.perfeval.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.SeedScorecards;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A report with a deduction under every rule kind of the shipped scheme, with the reasons worded as the scoring
 * engine words them: 三、存在的主要问题 and 四、下一步改进措施 quote values as written with their units and rates to
 * two decimals, and no sentence contradicts itself.
 */
class DeductionSentencesTest {

    private static final Pattern MORE_THAN_TWO_DECIMALS = Pattern.compile("\\d\\.\\d{3,}");

    private final ReportContent report = new ReportComposer().compose(SeedScorecards.read(everyRuleKindDeducted()),
            NarrativeTexts.none());

    @Test
    void indicatorGroupCreditQuotesTargetsAndActualsAsWrittenAndAGradeOnce() {
        assertThat(problem("indicators")).isEqualTo("部分绩效指标未达到年度指标值。"
                + "年度住房公积金贷款发放笔数年度指标值4.48万笔，实际完成4.00万笔，完成率89.29%；"
                + "业务大厅服务评价好评率评价为部分达成，按70.00%计分。");
        assertThat(measure("indicators")).startsWith("加强绩效目标执行监控。一是对完成情况未达预期的产出指标");
    }

    @Test
    void proportionalToRateAndAllOrNothingKeepTheSeedsWording() {
        assertThat(problem("budget-execution")).startsWith("预算执行率均衡性有待加强。2023年广州住房公积金管理中心");
        assertThat(problem("procurement-contracts")).isEqualTo("部分政府采购合同签订和备案工作时效性有待加强。");
    }

    @Test
    void shareOfCompliantAndDeductionPerViolationMakeOneProcurementIntentionProblem() {
        assertThat(problem("procurement-intentions")).isEqualTo("采购意向公开的完整性和及时性有待加强。");
        assertThat(measure("procurement-intentions")).isEqualTo("加强采购意向公开管理。一是完整公开采购意向。"
                + "在实施采购前按规定公开全部采购项目的采购意向。二是按时公开采购意向。采购意向公开时间不晚于采购活动开始前30日。");
    }

    @Test
    void thresholdAndJudgementAreStatedWithThePointsAndTheReasons() {
        assertThat(problem("running-costs")).isEqualTo("公用经费控制有待加强。");
        assertThat(measure("running-costs")).startsWith("严格控制运行成本。严格执行公用经费预算");
        assertThat(problem("carry-over-rate")).isEqualTo("结转结余率有待加强。该指标扣1分（结转结余率 12.50%，要求 ≤ 10%，未达标）。");
        assertThat(problem("financial-compliance")).isEqualTo("财务管理合规性有待加强。该指标扣0.5分（部分报销凭证附件不全）。");
    }

    @Test
    void noProblemOrMeasureShowsBaseUnitsLongDecimalsOrContradictsItself() {
        List<String> sentences = report.findings().stream()
                .flatMap(f -> java.util.stream.Stream.of(f.problem(), f.measure())).toList();
        assertThat(sentences).hasSize(14).allSatisfy(sentence -> {
            assertThat(MORE_THAN_TWO_DECIMALS.matcher(sentence).find()).as(sentence).isFalse();
            assertThat(sentence).doesNotContain("44800", "40000", "得分比例 0.7", "部分达成，未达成", "得分率");
        });
        String html = TestRendering.formats().html(report, 1);
        String problems = html.substring(html.indexOf("<div id=\"problems\">"), html.indexOf("<div id=\"measures\">"));
        assertThat(problems).contains("一是部分绩效指标未达到年度指标值。年度住房公积金贷款发放笔数年度指标值4.48万笔");
        assertThat(TestRendering.formats().markdown(report, 1)).contains("实际完成4.00万笔，完成率89.29%");
    }

    private String problem(String key) {
        return finding(key).problem();
    }

    private String measure(String key) {
        return finding(key).measure();
    }

    private ReportContent.Finding finding(String key) {
        return report.findings().stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + key + " in " + report.findings()));
    }

    /**
     * The seed (proportional-to-rate and all-or-nothing already deduct) with a deduction under every other rule kind.
     */
    private static ObjectNode everyRuleKindDeducted() {
        ObjectNode document = SeedScorecards.document();
        ObjectNode loans = SeedScorecards.indicator(document, "OUT-04");
        loans.putObject("actual").put("text", "4.00万笔");
        loans.putObject("completion").put("status", "NOT_MET").put("ratePercent", new BigDecimal("89.29"));
        deduct(document, "output-indicators", "OUT-04", "0.27",
                "年度住房公积金贷款发放笔数 目标 ≥ 44800，实际 40000（完成 89.29%），得分率 89.29%，未达成");
        ObjectNode hall = SeedScorecards.indicator(document, "SAT-01");
        hall.put("comparator", "QUALITATIVE").put("qualitativeGrade", "PARTLY_ACHIEVED")
                .put("qualitativeShare", new BigDecimal("0.7"));
        hall.putObject("completion").put("status", "NOT_MET").put("ratePercent", new BigDecimal("70.00"));
        deduct(document, "benefit-indicators", "SAT-01", "0.67", "业务大厅服务评价好评率 部分达成，得分比例 70.00%");
        deduct(document, "procurement-intention-completeness", "YX-2023-01", "0.25", "采购项目未公开采购意向");
        deduct(document, "procurement-intention-timeliness", "YX-2023-02", "0.5",
                "采购意向公开于2023-03-20，晚于采购活动开始前30日（2023-03-01）");
        deduct(document, "public-funds-control", "BUDGET-GZHPF-2023", "2",
                "公用经费实际支出 700.00万元，要求 ≤ 公用经费预算 653.47万元，未达标");
        deduct(document, "carry-over-rate", "BUDGET-GZHPF-2023", "1", "结转结余率 12.50%，要求 ≤ 10%，未达标");
        deduct(document, "financial-compliance", "financial-compliance", "0.5", "部分报销凭证附件不全");
        return document;
    }

    private static void deduct(ObjectNode document, String itemCode, String recordId, String points, String reason) {
        ObjectNode item = SeedScorecards.item(document, itemCode);
        item.put("score", new BigDecimal(item.path("max").asText()).subtract(new BigDecimal(points)));
        item.putArray("deductions").addObject().put("recordId", recordId).put("points", new BigDecimal(points))
                .put("reason", reason);
    }
}
