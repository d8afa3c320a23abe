package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scheme.SchemeValidator;
import cn.perfeval.scoring.engine.scorecard.Deduction;
import cn.perfeval.scoring.engine.scorecard.Grade;
import cn.perfeval.scoring.engine.scorecard.IndicatorResult;
import cn.perfeval.scoring.engine.scorecard.ItemScore;
import cn.perfeval.scoring.engine.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The seed report's scorecard, reproduced from its raw figures with the shipped Guangzhou scheme. */
class GuangzhouSeedScoringTest {



    private final Scheme scheme = TestSchemes.guangzhou();

    @Test
    void shippedSchemeIsValid() {
        assertThat(SchemeValidator.validate(scheme)).isEmpty();
        assertThat(scheme.items()).allSatisfy(item -> assertThat(item.assumptions()).isNotBlank());
    }

    @Test
    void reproducesTheSeedTotalsAndGrade() {
        Scorecard scorecard = ScoringEngine.score(scheme, GuangzhouSeed.facts());

        assertThat(scorecard.total()).isEqualByComparingTo("95.54");
        assertThat(scorecard.dimension("performance").score()).isEqualByComparingTo("49.54");
        assertThat(scorecard.dimension("performance").name()).isEqualTo("履职效能");
        assertThat(scorecard.dimension("management").score()).isEqualByComparingTo("46");
        assertThat(scorecard.dimension("management").name()).isEqualTo("管理效率");
        assertThat(scorecard.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(scorecard.grade().label()).isEqualTo("优");
        assertThat(scorecard.complete()).isTrue();
        assertThat(scorecard.missing()).isEmpty();
    }

    @Test
    void reproducesEveryItemOfTheSeedTable() {
        Scorecard scorecard = ScoringEngine.score(scheme, GuangzhouSeed.facts());

        assertThat(scorecard.items())
                .extracting(ItemScore::code, ItemScore::dimension, item -> item.max().stripTrailingZeros().toPlainString(),
                        item -> item.score().stripTrailingZeros().toPlainString())
                .containsExactlyElementsOf(GuangzhouSeed.SEED_TABLE.stream()
                        .map(row -> tuple(row.get(0), row.get(1), row.get(2), row.get(3)))
                        .toList());
        assertThat(scorecard.items()).allSatisfy(item -> {
            assertThat(item.score().scale()).isEqualTo(2);
            assertThat(item.complete()).isTrue();
        });
    }

    @Test
    void indicatorTablesShowTheSeedCompletionRates() {
        Scorecard scorecard = ScoringEngine.score(scheme, GuangzhouSeed.facts());

        // 表 1 and 表 2, column 完成情况（%）.
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("当年广州住房公积金新开户职工数", "100.00");
        expected.put("当年广州住房公积金实缴人数", "100.92");
        expected.put("年度业务量——系统业务受理笔数", "113.82");
        expected.put("年度住房公积金贷款发放笔数", "115.63");
        expected.put("系统并发数（一秒内系统同时在线最大用户数）", "101.16");
        expected.put("发布新媒体宣传率", "124.56");
        expected.put("网络连通性", "100.45");
        expected.put("律师出庭胜诉率", "101.01");
        expected.put("故障响应率", "104.04");
        expected.put("支持购房面积", "119.55");
        expected.put("业务大厅服务评价好评率", "111.11");

        List<IndicatorResult> results = new ArrayList<>(scorecard.item("output-indicators").indicators());
        results.addAll(scorecard.item("benefit-indicators").indicators());
        assertThat(results).hasSize(11).allSatisfy(result -> {
            assertThat(result.met()).as(result.name()).isTrue();
            assertThat(result.flagged()).as(result.name()).isFalse();
        });
        assertThat(results.stream().collect(Collectors.toMap(IndicatorResult::name,
                result -> result.completionRate().toPlainString())))
                .containsExactlyInAnyOrderEntriesOf(expected);
        // 5 数量指标 and 3 质量指标 under output; 2 社会效益 and 1 满意度 under benefit.
        assertThat(scorecard.item("output-indicators").inputs()).hasSize(8);
        assertThat(scorecard.item("benefit-indicators").inputs()).hasSize(3);
    }

    @Test
    void lateContractsAreTheDeductionsInTheLedger() {
        Scorecard scorecard = ScoringEngine.score(scheme, GuangzhouSeed.facts());

        assertThat(scorecard.item("contract-signing-timeliness").deductions())
                .extracting(Deduction::recordId, Deduction::points)
                .containsExactly(tuple(GuangzhouSeed.LATE_SIGNING, new BigDecimal("3.00")));
        assertThat(scorecard.item("contract-filing-timeliness").deductions())
                .extracting(Deduction::recordId, Deduction::points)
                .containsExactly(tuple(GuangzhouSeed.LATE_FILING, new BigDecimal("1.00")));
        assertThat(scorecard.item("contract-signing-timeliness").inputs().get(0).sources())
                .extracting(source -> source.entityType() + ":" + source.id() + "@" + source.version())
                .containsExactly("procurement-contract:CT-2023-001@2", "procurement-contract:CT-2023-002@2");
        // The only other points lost: 10 − 9.54, charged to the bureau's notification the rate came from.
        assertThat(scorecard.item("budget-spending-rate").deductions())
                .extracting(Deduction::recordId, Deduction::points)
                .containsExactly(tuple("GZCZ-2023-progress", new BigDecimal("0.46")));
        assertThat(scorecard.items().stream().flatMap(item -> item.deductions().stream()).map(Deduction::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("4.46");
    }

    @Test
    void explanationsShowTheSeedsArithmetic() {
        Scorecard scorecard = ScoringEngine.score(scheme, GuangzhouSeed.facts());

        assertThat(scorecard.item("budget-spending-rate").explanation()).contains("10 × 95.40 ÷ 100 = 9.54");
        // 公用经费控制率 = (623.75 − 653.47) ÷ 653.47 × 100% = −4.55%
        assertThat(scorecard.item("public-funds-control").explanation()).contains("= -4.55%");
        assertThat(scorecard.item("public-funds-control").inputs())
                .extracting(input -> input.key() + "=" + input.value())
                .containsExactly("budget.publicFunds.actual=623.75", "budget.publicFunds.budgeted=653.47");
        assertThat(scorecard.item("three-public-expenses").inputs())
                .extracting(input -> input.key() + "=" + input.value())
                .containsExactly("budget.threePublicExpenses.actual=9.49", "budget.threePublicExpenses.budgeted=9.50");
    }

    @Test
    void explanationsNameFactsInChineseAndQuoteReviewersWithoutTheirAccounts() {
        Scorecard scorecard = ScoringEngine.score(scheme, GuangzhouSeed.facts());

        assertThat(scorecard.item("budget-spending-rate").explanation()).contains("一般公共预算支出年度平均执行率 95.40%");
        assertThat(scorecard.item("contract-signing-timeliness").explanation()).startsWith("政府采购合同签订记录共 ");
        assertThat(scorecard.item("public-funds-control").explanation())
                .startsWith("公用经费实际支出 623.75万元，要求 ≤ 公用经费预算数 653.47万元");
        assertThat(scorecard.items()).allSatisfy(item -> assertThat(item.explanation())
                .as(item.code()).doesNotContain("budget.", "procurement.", "assets.", "自评工作组"));
    }

    @Test
    void contractsOnTimeScore99point54() {
        Scorecard scorecard = ScoringEngine.score(scheme, GuangzhouSeed.factsWithContractsOnTime());

        assertThat(scorecard.total()).isEqualByComparingTo("99.54");
        assertThat(scorecard.dimension("management").score()).isEqualByComparingTo("50");
        assertThat(scorecard.item("contract-signing-timeliness").score()).isEqualByComparingTo("3");
        assertThat(scorecard.item("contract-filing-timeliness").score()).isEqualByComparingTo("1");
        assertThat(scorecard.item("contract-signing-timeliness").deductions()).isEmpty();
    }

    @Test
    void equalFactsInAnyOrderGiveAnEqualScorecard() {
        Facts facts = GuangzhouSeed.facts();
        List<IndicatorFact> shuffled = new ArrayList<>(facts.indicators());
        Collections.shuffle(shuffled, new Random(7));
        Map<String, List<cn.perfeval.scoring.engine.facts.RecordFact>> reversedSets = new LinkedHashMap<>();
        facts.recordSets().forEach((key, records) -> {
            List<cn.perfeval.scoring.engine.facts.RecordFact> reversed = new ArrayList<>(records);
            Collections.reverse(reversed);
            reversedSets.put(key, reversed);
        });
        Facts reordered = new Facts(facts.departmentCode(), facts.fiscalYear(), shuffled, facts.numbers(), reversedSets,
                facts.judgements());

        assertThat(ScoringEngine.score(scheme, reordered)).isEqualTo(ScoringEngine.score(scheme, facts));
    }
}
