package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.IndicatorKind;
import cn.perfeval.scoring.engine.facts.JudgementFact;
import cn.perfeval.scoring.engine.facts.NumberFact;
import cn.perfeval.scoring.engine.facts.RecordFact;
import cn.perfeval.scoring.engine.facts.SourceRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw facts of the seed report (2023 self-evaluation of 广州住房公积金管理中心). Every figure is
 * the report's; where the report only states a verdict (contracts late, SME amounts equal), the
 * records below are minimal ones that carry that verdict.
 */
public final class GuangzhouSeed {

    /** DOMAIN.md "Scoring scheme": every item, its max and the seed's points, in the scheme's order. */
    /**
     * Code, dimension, max, seed points of every item: DOMAIN.md's table, kept once for every test that checks the
     * seed's scorecard (demo-data/GZHPF-2023/expected-scorecard.csv, which SeedCaseIT reads too).
     */
    public static final List<List<String>> SEED_TABLE = expectedScorecard();

    public static final String LATE_SIGNING = "CT-2023-002";
    public static final String LATE_FILING = "CT-2023-001";

    private GuangzhouSeed() {
    }

    private static List<List<String>> expectedScorecard() {
        Path file = Path.of(System.getProperty("perfeval.project.dir", ".."))
                .resolve("demo-data/GZHPF-2023/expected-scorecard.csv");
        try {
            return Files.readAllLines(file).stream().skip(1).map(line -> line.split(","))
                    .map(cells -> List.of(cells[0], cells[1], cells[3], cells[4])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The seed's expected scorecard: " + file, e);
        }
    }

    /** Targets ("年度指标值") and actuals ("完成指标值") of tables 1 and 2. A bare target reads as ≥. */
    public static List<IndicatorFact> indicators() {
        return List.of(
                indicator("OUT-01", IndicatorKind.OUTPUT, "数量指标", "当年广州住房公积金新开户职工数", Comparator.GE, "60", "60"),
                indicator("OUT-02", IndicatorKind.OUTPUT, "数量指标", "当年广州住房公积金实缴人数", Comparator.GE, "530", "534.89"),
                indicator("OUT-03", IndicatorKind.OUTPUT, "数量指标", "年度业务量——系统业务受理笔数", Comparator.GT, "6500", "7398"),
                indicator("OUT-04", IndicatorKind.OUTPUT, "数量指标", "年度住房公积金贷款发放笔数", Comparator.GE, "4.48", "5.18"),
                indicator("OUT-05", IndicatorKind.OUTPUT, "数量指标", "系统并发数（一秒内系统同时在线最大用户数）", Comparator.GT, "950", "961"),
                indicator("OUT-06", IndicatorKind.OUTPUT, "质量指标", "发布新媒体宣传率", Comparator.GE, "85", "105.88"),
                indicator("OUT-07", IndicatorKind.OUTPUT, "质量指标", "网络连通性", Comparator.GE, "99", "99.45"),
                indicator("OUT-08", IndicatorKind.OUTPUT, "质量指标", "律师出庭胜诉率", Comparator.GE, "99", "100.00"),
                indicator("BEN-01", IndicatorKind.BENEFIT, "社会效益", "故障响应率", Comparator.GT, "90", "93.64"),
                indicator("BEN-02", IndicatorKind.BENEFIT, "社会效益", "支持购房面积", Comparator.GE, "411.30", "491.72"),
                indicator("SAT-01", IndicatorKind.SATISFACTION, "服务对象满意度指标", "业务大厅服务评价好评率", Comparator.GE, "90", "100"));
    }

    /** The facts as reported: one contract signed late and one filed late. */
    public static Facts facts() {
        return facts(List.of(
                new RecordFact("CT-2023-001", 2, true, null),
                new RecordFact(LATE_SIGNING, 2, false, "成交通知书 2023-03-01 发出，2023-04-10 签订，超过 30 日")), List.of(
                new RecordFact(LATE_FILING, 3, false, "2023-06-05 签订，2023-06-09 备案，超过 2 个工作日"),
                new RecordFact("CT-2023-002", 3, true, null)));
    }

    /** The same year with every contract signed and filed on time. */
    public static Facts factsWithContractsOnTime() {
        return facts(List.of(new RecordFact("CT-2023-001", 4, true, null), new RecordFact(LATE_SIGNING, 4, true, null)),
                List.of(new RecordFact(LATE_FILING, 5, true, null), new RecordFact("CT-2023-002", 5, true, null)));
    }

    public static Facts facts(List<RecordFact> signing, List<RecordFact> filing) {
        Map<String, NumberFact> numbers = new LinkedHashMap<>();
        // 《广州市财政局关于2023年市本级部门预算单位支出进度情况的通报》: 一般公共预算支出年度平均执行率 95.40%.
        add(numbers, FactCatalog.AVERAGE_EXECUTION_RATE, "95.40", "bureau-notification", "GZCZ-2023-progress");
        // 年末财政拨款结转和结余决算数为 0, so 结转结余率 is 0.
        add(numbers, FactCatalog.CARRY_OVER_RATE, "0", "final-accounts", "GZGJJ-2023-final-accounts");
        add(numbers, FactCatalog.PUBLIC_FUNDS_ACTUAL, "623.75", "final-accounts", "GZGJJ-2023-final-accounts");
        add(numbers, FactCatalog.PUBLIC_FUNDS_BUDGETED, "653.47", "budget", "GZGJJ-2023-budget");
        add(numbers, FactCatalog.THREE_PUBLIC_EXPENSES_ACTUAL, "9.49", "final-accounts", "GZGJJ-2023-final-accounts");
        add(numbers, FactCatalog.THREE_PUBLIC_EXPENSES_BUDGETED, "9.50", "budget", "GZGJJ-2023-budget");
        // 未新增需开展事前绩效评估的预算入库项目.
        add(numbers, FactCatalog.NEW_PROJECTS_LACKING_EX_ANTE_EVALUATION, "0", "project-register", "GZGJJ-2023-projects");
        // 实际在用固定资产总额与所有固定资产总额的比率达 90% 以上: the lowest value the report allows.
        add(numbers, FactCatalog.FIXED_ASSET_UTILISATION_RATE, "90", "asset-inventory", "GZGJJ-2023-inventory");
        // 《关于2023年广州住房公积金管理中心固定资产盘点的工作报告》.
        add(numbers, FactCatalog.INVENTORIES_COMPLETED, "1", "asset-inventory", "GZGJJ-2023-inventory");
        // 预留采购份额与实际面向中小企业采购金额一致 (the report gives no amounts, only that they are equal).
        add(numbers, FactCatalog.SME_RESERVED, "100.00", "sme-report", "GZGJJ-2023-sme");
        add(numbers, FactCatalog.SME_AWARDED, "100.00", "sme-report", "GZGJJ-2023-sme");

        Map<String, List<RecordFact>> recordSets = new LinkedHashMap<>();
        recordSets.put(FactCatalog.CONTRACT_SIGNING, signing);
        recordSets.put(FactCatalog.CONTRACT_FILING, filing);
        // 100% 公开采购意向，未发现逾期现象.
        recordSets.put(FactCatalog.INTENTIONS_DISCLOSED, List.of(new RecordFact("PP-2023-001", 1, true, null),
                new RecordFact("PP-2023-002", 1, true, null)));
        recordSets.put(FactCatalog.INTENTIONS_TIMELY, List.of(new RecordFact("PP-2023-001", 1, true, null),
                new RecordFact("PP-2023-002", 1, true, null)));
        // 未发生经财政部门查证认定属于采购人责任投诉事项成立的采购投诉.
        recordSets.put(FactCatalog.COMPLAINTS, List.of());
        // 上缴处置收入 6.28 万元，均上缴国库.
        recordSets.put(FactCatalog.INCOME_REMITTANCES, List.of(new RecordFact("REM-2023-001", 1, true, "处置收入 6.28 万元")));

        return new Facts("GZGJJ", 2023, indicators(), numbers, recordSets, judgements());
    }

    /** Every judgement item at full points, with the report's reasoning and the documents it cites. */
    public static Map<String, JudgementFact> judgements() {
        Map<String, JudgementFact> judgements = new LinkedHashMap<>();
        judge(judgements, "financial-compliance", "2", "定期开展内部控制评价，未发现重大经济损失及违法违规情况",
                "《广州住房公积金管理中心经费管理工作指引》");
        judge(judgements, "budget-disclosure", "2", "已按要求向社会公开预决算，专项检查未发现问题", "中心官网预决算公开栏目");
        judge(judgements, "performance-disclosure", "2", "2023年2月、10月在官网公开绩效目标表、自评表和自评报告",
                "中心官网绩效信息公开栏目");
        judge(judgements, "performance-system", "5", "建立经费管理工作指引、经费使用绩效考核办法、项目资金管理办法等制度",
                "《广州住房公积金管理中心经费使用绩效考核办法》");
        judge(judgements, "result-application", "3", "针对评价发现的问题制定整改方案，逐条明确目标、措施、时限和责任人", "整改方案");
        judge(judgements, "system-execution", "7", "2022 年已开展部门整体和项目绩效评价，结果运用于 2023 年", "2022 年度绩效评价报告");
        judge(judgements, "procurement-internal-control", "1", "采购管理办法涵盖编审、执行、合同与档案、验收，符合财会〔2012〕21号",
                "《广州住房公积金管理中心采购管理办法》");
        judge(judgements, "asset-allocation-compliance", "2", "场地面积和办公设备配置不超过规定标准", "资产报表汇总表");
        judge(judgements, "asset-data-quality", "2", "国有资产年报数据完整准确，账账、账实相符", "2023 年度国有资产年报");
        judge(judgements, "asset-management-compliance", "2", "建立固定资产管理办法，2023 年度未接受巡视、审计、监督检查",
                "《广州住房公积金管理中心固定资产管理办法》");
        return judgements;
    }

    private static IndicatorFact indicator(String id, IndicatorKind kind, String level2, String name,
                                           Comparator comparator, String target, String actual) {
        return new IndicatorFact(id, 1, kind, level2, name, comparator, new BigDecimal(target), new BigDecimal(actual),
                null, null, null);
    }

    private static void add(Map<String, NumberFact> numbers, String key, String value, String entityType, String id) {
        numbers.put(key, new NumberFact(key, new BigDecimal(value), new SourceRef(entityType, id, 1)));
    }

    private static void judge(Map<String, JudgementFact> judgements, String item, String points, String text,
                              String evidence) {
        judgements.put(item, new JudgementFact(new BigDecimal(points), text, evidence, "自评工作组", 1));
    }
}
