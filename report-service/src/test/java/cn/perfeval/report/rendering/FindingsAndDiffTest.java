package cn.perfeval.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.SeedScorecards;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Problems and measures drafted from deductions, people's edits of them, and the diff between two reports. */
class FindingsAndDiffTest {

    /** The seed's wording of the budget-execution problem. */
    private static final String BUDGET_PROBLEM = "预算执行率均衡性有待加强。2023年广州住房公积金管理中心个别项目因在实施过程中"
            + "受客观因素影响进度，影响部门整体支出和财政资金使用效率，导致部分月份预算执行率存在不同程度偏差，均衡性有待提高。";

    private final ReportComposer composer = new ReportComposer();

    @Test
    void anEditedProblemReplacesTheDraftOnlyWhileItsDeductionExists() {
        NarrativeTexts edited = new NarrativeTexts(Map.of("problem.procurement-contracts", "合同管理有待加强。",
                "measure.budget-execution", "加强预算执行监控。"));
        ReportContent report = composer.compose(SeedScorecards.seed(), edited);
        assertThat(report.findings()).extracting(ReportContent.Finding::problem)
                .containsExactly(BUDGET_PROBLEM, "合同管理有待加强。");
        assertThat(report.findings()).extracting(ReportContent.Finding::problemEdited).containsExactly(false, true);
        assertThat(report.findings()).extracting(ReportContent.Finding::measureEdited).containsExactly(true, false);

        ObjectNode onTime = SeedScorecards.document();
        for (String code : new String[] { "contract-signing-timeliness", "contract-filing-timeliness" }) {
            ObjectNode item = SeedScorecards.item(onTime, code);
            item.put("score", item.path("max").asText());
            item.putArray("deductions");
        }
        assertThat(composer.compose(SeedScorecards.read(onTime), edited).findings())
                .extracting(ReportContent.Finding::key).containsExactly("budget-execution");
    }

    @Test
    void onlyLateFilingNamesOnlyFilingAndAnItemWithoutWordingIsStatedWithItsReasons() {
        ObjectNode document = SeedScorecards.document();
        ObjectNode signing = SeedScorecards.item(document, "contract-signing-timeliness");
        signing.put("score", "3");
        signing.putArray("deductions");
        ObjectNode inventory = SeedScorecards.item(document, "asset-inventory");
        inventory.put("score", "0");
        inventory.putArray("deductions").addObject().put("recordId", "assets").put("points", "1")
                .put("reason", "未完成年度资产盘点");

        ReportContent report = composer.compose(SeedScorecards.read(document), NarrativeTexts.none());

        assertThat(report.findings()).extracting(ReportContent.Finding::problem).containsExactly(
                BUDGET_PROBLEM, "部分政府采购备案工作时效性有待加强。",
                "资产盘点情况有待加强。该指标扣1分（未完成年度资产盘点）。");
        assertThat(report.findings().get(1).measure()).startsWith("进一步完善采购工作流程。及时备案公开。");
        assertThat(report.findings()).extracting(ReportContent.Finding::problemLabel).containsExactly("一是", "二是", "三是");
    }

    @Test
    void identicalReportsHaveNoDiffAndAChangedOneNamesEveryChangedFigure() {
        ReportContent seed = composer.compose(SeedScorecards.seed(), NarrativeTexts.none());
        assertThat(ReportDiff.between(seed, composer.compose(SeedScorecards.seed(), NarrativeTexts.none()))).isEmpty();

        ReportContent lower = composer.compose(SeedScorecards.read(SeedScorecards.withLowerContributors(
                SeedScorecards.document())), new NarrativeTexts(Map.of("achievements", "成效显著")));
        assertThat(ReportDiff.between(seed, lower)).extracting(ReportDiff.Change::summary).contains(
                "总分：95.54 → 95.3",
                "表1「当年广州住房公积金实缴人数」完成情况：100.92% → 98.11%",
                "叙述「主要工作成效」：新增 成效显著");
        assertThat(ReportDiff.between(lower, seed)).extracting(ReportDiff.Change::summary)
                .contains("问题与措施「部分绩效指标未达到年度指标值」：删除", "叙述「主要工作成效」：删除");
    }
}
