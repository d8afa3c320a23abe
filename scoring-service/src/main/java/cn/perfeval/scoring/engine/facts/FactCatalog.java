package cn.perfeval.scoring.engine.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every fact key a scheme may read. Keys are {@code <owning area>.<subject>[.<aspect>]}; the scheme
 * validator rejects any other key, so a typo in a scheme fails when the scheme is loaded, not as a
 * silently "missing" input at scoring time.
 */
public final class FactCatalog {

    private static final String BUDGET_SERVICE = "budget-service";
    private static final String SCORING_SERVICE = "scoring-service";

    public static final String AVERAGE_EXECUTION_RATE = "budget.averageExecutionRate";
    public static final String CARRY_OVER_RATE = "budget.carryOverRate";
    public static final String PUBLIC_FUNDS_ACTUAL = "budget.publicFunds.actual";
    public static final String PUBLIC_FUNDS_BUDGETED = "budget.publicFunds.budgeted";
    public static final String THREE_PUBLIC_EXPENSES_ACTUAL = "budget.threePublicExpenses.actual";
    public static final String THREE_PUBLIC_EXPENSES_BUDGETED = "budget.threePublicExpenses.budgeted";
    public static final String NEW_PROJECTS_LACKING_EX_ANTE_EVALUATION = "budget.newProjects.lackingExAnteEvaluation";
    public static final String FIXED_ASSET_UTILISATION_RATE = "assets.fixedAssets.utilisationRate";
    public static final String INVENTORIES_COMPLETED = "assets.inventories.completed";
    public static final String INCOME_REMITTANCES = "assets.incomeRemittances";
    public static final String INTENTIONS_DISCLOSED = "procurement.intentions.disclosed";
    public static final String INTENTIONS_TIMELY = "procurement.intentions.timely";
    public static final String CONTRACT_SIGNING = "procurement.contracts.signing";
    public static final String CONTRACT_FILING = "procurement.contracts.filing";
    public static final String COMPLAINTS = "procurement.complaints";
    public static final String SME_RESERVED = "procurement.sme.reserved";
    public static final String SME_AWARDED = "procurement.sme.awarded";
    public static final String CARRIED_RECTIFICATION = "rectification.carriedTasks";

    private static final Map<String, FactDefinition> DEFINITIONS = index(List.of(
            number(AVERAGE_EXECUTION_RATE, "一般公共预算支出年度平均执行率", "%",
                    "一般公共预算支出年度平均执行率: the bureau's figure from its monthly progress notifications, or the"
                            + " mean of the twelve monthly execution rates when those are given (the source says which)"),
            number(CARRY_OVER_RATE, "结转结余率", "%",
                    "结转结余率 = year-end carry-over and balance ÷ (opening carry-over and balance + general budget"
                            + " appropriation + government-fund appropriation) × 100"),
            number(PUBLIC_FUNDS_ACTUAL, "公用经费实际支出", "万元", "公用经费: public funds actually spent in the year"),
            number(PUBLIC_FUNDS_BUDGETED, "公用经费预算数", "万元", "公用经费: public funds in the year's budget"),
            number(THREE_PUBLIC_EXPENSES_ACTUAL, "“三公”经费实际支出", "万元",
                    "\"三公\"经费 actually spent (travel abroad, official vehicles, official reception)"),
            number(THREE_PUBLIC_EXPENSES_BUDGETED, "“三公”经费预算数", "万元", "\"三公\"经费 in the year's budget"),
            number(NEW_PROJECTS_LACKING_EX_ANTE_EVALUATION, "未开展事前绩效评估的新增项目", "个",
                    "new budget projects that need an ex-ante performance evaluation (new recurring second-level"
                            + " projects ≥ 1,000万元, new one-off projects ≥ 3,000万元) but have none"),
            number(FIXED_ASSET_UTILISATION_RATE, "固定资产利用率", "%",
                    "固定资产利用率 = fixed assets in use ÷ all fixed assets × 100 (by book value)"),
            number(INVENTORIES_COMPLETED, "年度资产盘点", "次",
                    "annual fixed-asset inventories (资产盘点) completed for the fiscal year, each with its report"),
            recordSet(INCOME_REMITTANCES, "资产收益上缴", "one remittance of asset disposal or use income", "asset-income-remittance",
                    "资产收益上缴: compliant when remitted to the treasury within the deadline"),
            recordSet(INTENTIONS_DISCLOSED, "采购意向公开", "one procurement project of the year", "procurement-project",
                    "采购意向公开完整性: compliant when the project's procurement intention was published"),
            recordSet(INTENTIONS_TIMELY, "采购意向公开时限", "one procurement project of the year", "procurement-project",
                    "采购意向公开时限: compliant when the intention was published at least 30 days before the"
                            + " procurement started (财库〔2020〕10号)"),
            recordSet(CONTRACT_SIGNING, "政府采购合同签订", "one government procurement contract", "procurement-contract",
                    "合同签订时效性: compliant when signed within 30 days of the award/transaction notice"
                            + " (政府采购法 art. 46), counted per 民法典 arts. 201–203"),
            recordSet(CONTRACT_FILING, "政府采购合同备案", "one government procurement contract", "procurement-contract",
                    "合同备案时效性: compliant when published on the provincial procurement site within 2 working"
                            + " days of signing (政府采购法实施条例 art. 50)"),
            recordSet(COMPLAINTS, "采购投诉处理结果", "one procurement complaint", "procurement-complaint",
                    "采购活动合规性: non-compliant when the finance bureau upheld the complaint as the purchaser's"
                            + " responsibility"),
            number(SME_RESERVED, "面向中小企业预留采购份额", "万元", "采购政策效能: procurement amount reserved for small and medium enterprises"),
            number(SME_AWARDED, "向中小企业实际采购金额", "万元", "采购政策效能: procurement amount actually bought from small and medium enterprises"),
            new FactDefinition(CARRIED_RECTIFICATION, FactType.RECORD_SET, "上年度整改任务",
                    "上年度整改任务: every rectification task the department opened for the previous year (from a"
                            + " problem of its report or a red light of mid-year monitoring); compliant once closed"
                            + " with evidence. Always reported: an empty set when the previous year had none",
                    "one rectification task of the previous year", SCORING_SERVICE, "rectification-task")));

    private FactCatalog() {
    }

    public static List<FactDefinition> all() {
        return List.copyOf(DEFINITIONS.values());
    }

    public static Optional<FactDefinition> find(String key) {
        return Optional.ofNullable(DEFINITIONS.get(key));
    }

    /** The short Chinese name of a fact key, or the key itself when the catalog does not know it. */
    public static String label(String key) {
        return find(key).map(FactDefinition::label).orElse(key);
    }

    private static FactDefinition number(String key, String label, String unit, String meaning) {
        return new FactDefinition(key, FactType.NUMBER, label, meaning, unit, BUDGET_SERVICE, null);
    }

    private static FactDefinition recordSet(String key, String label, String unit, String entityType, String meaning) {
        return new FactDefinition(key, FactType.RECORD_SET, label, meaning, unit, BUDGET_SERVICE, entityType);
    }

    private static Map<String, FactDefinition> index(List<FactDefinition> definitions) {
        Map<String, FactDefinition> byKey = new LinkedHashMap<>();
        definitions.forEach(definition -> byKey.put(definition.key(), definition));
        return Collections.unmodifiableMap(byKey);
    }
}
