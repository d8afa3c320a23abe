package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The workbench as a department's editor uses it, in Debian's Chromium (playwright-core, workbench/web/e2e): on the
 * real stack with the GZHPF 2023 demo loaded as run.sh loads it, through the gateway the stack starts. Screenshots
 * are kept in local-stack/target/screenshots/workbench-*.png. In order, each on the state the one before left: the
 * overview (it reads the draft's seed score), the review cycle (which submits and returns the evaluation), then the
 * screens that work on the returned evaluation, the report last but for the read-only budget and procurement (it
 * approves the evaluation twice) and monitoring (rounds and rectification tasks are not bound to the evaluation's
 * state).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchIT {

    private static final String DEPT = "GZHPF";
    private static final int YEAR = 2023;
    private static final long SCRIPT_TIMEOUT_SECONDS = 180;

    private static Stack stack;
    private static DemoRun demo;

    @BeforeAll
    static void loadTheDemoAsRunShDoes() {
        stack = RunningStack.start("workbench");
        demo = DemoRun.loadDraft(stack, DemoActors.Tokens.issue(stack.tokens(), "workbench", DEPT).actors(), DEPT, YEAR);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void theEditorSeesTheSeedsScoreAndAnotherEditorsChangeArriveWithoutAReload() throws Exception {
        JsonNode seen = runBrowserScript("e2e/overview.mjs", screenshots());

        JsonNode before = seen.path("before");
        assertThat(before.path("total").asText()).isEqualTo("95.54");
        assertThat(before.path("grade").asText()).isEqualTo("优");
        assertThat(texts(before.path("dimensions"))).containsExactly("49.54", "46");
        assertThat(before.path("items").asInt()).isEqualTo(demo.scorecard().path("items").size());
        assertThat(before.path("outputIndicators").asText()).isEqualTo("20");

        // 520万人 against a target of 530万人: 20 × (7 + 520/530) / 8 = 19.95 (VerticalSliceIT works it out)
        JsonNode after = seen.path("after");
        assertThat(after.path("outputIndicators").asText()).isEqualTo("19.95");
        assertThat(after.path("total").asText()).isEqualTo("95.49");
        assertThat(texts(after.path("dimensions"))).containsExactly("49.49", "46");
        assertThat(seen.path("reloads").asInt()).as("page loads while waiting for the new score").isZero();

        for (String screen : List.of("signIn", "overview", "overview390")) {
            assertThat(texts(seen.path("axe").path(screen))).as("serious or critical axe-core violations on " + screen).isEmpty();
        }
        assertThat(seen.path("narrow").path("pageWidth").asInt()).as("page width at 390 px").isLessThanOrEqualTo(390);
        assertThat(seen.path("narrow").path("totalVisible").asBoolean()).isTrue();
        for (String name : List.of("sign-in", "overview", "overview-updated", "overview-390")) {
            assertThat(screenshots().resolve("workbench-" + name + ".png")).isNotEmptyFile();
        }
    }

    @Test
    @Order(2)
    void theEditorSubmitsTheReviewerCommentsAndReturnsItAndTheEditorSeesBoth() throws Exception {
        JsonNode seen = runBrowserScript("e2e/cycle.mjs", screenshots());

        // 900万人 against 530万人 (169.81%): validation's completion-above-150 warning, unexplained
        JsonNode findings = seen.path("findings");
        assertThat(findings.path("stateBefore").asText()).isEqualTo("填报中");
        assertThat(findings.path("counts").asText()).contains("阻断 0 项", "提示 1 项", "未说明 1 项");
        assertThat(texts(findings.path("rows"))).singleElement().asString()
                .contains("提示", "当年广州住房公积金实缴人数", "169.81", "保存说明");
        assertThat(findings.path("submittable").asText()).isEqualTo("存在未处理的问题，暂不能提交");
        assertThat(seen.path("unexplained").asText()).as("the submission refused with the finding")
                .contains("（422）", "169.81");
        assertThat(seen.path("explained").asText()).contains("2023年新增缴存单位多于年初预期");
        assertThat(seen.path("submitted").asText()).isEqualTo("已提交");
        assertThat(seen.path("stateRefused").asText()).as("a stale tab's submission, refused with what the state allows")
                .contains("（409）", "当前允许的操作");

        // a completion above 100% earns no more than full credit: the seed's 95.54 again
        assertThat(seen.path("bureau").path("state").asText()).isEqualTo("已提交");
        assertThat(seen.path("bureau").path("total").asText()).isEqualTo("95.54");
        assertThat(seen.path("returned").asText()).isEqualTo("退回");
        assertThat(seen.path("editorState").asText()).isEqualTo("退回");
        List<String> history = texts(seen.path("history"));
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).contains("提交审核", "填报中 → 已提交");
        assertThat(history.get(1)).contains("退回", "已提交 → 退回", "合同备案日期待核实");
        assertThat(texts(seen.path("comments"))).containsExactly("HT-2023-03 的备案日期与政府采购网公告不符，请核实后更正。");

        for (String screen : List.of("cycle", "cycle-refused-422", "cycle-refused-409", "bureau", "bureau-390", "review",
                "review-editor", "cycle-390", "review-390")) {
            assertThat(texts(seen.path("axe").path(screen))).as("serious or critical axe-core violations on " + screen).isEmpty();
            assertThat(screenshots().resolve("workbench-" + screen + ".png")).isNotEmptyFile();
        }
        seen.path("narrow").fields().forEachRemaining(screen ->
                assertThat(screen.getValue().asInt()).as("page width of " + screen.getKey() + " at 390 px").isLessThanOrEqualTo(390));
    }

    @Test
    @Order(3)
    void theEditorChangesAnActualInTheTableAndSeesTheScoreAndTheDraftChangeAndABadValueRefusedAtItsField() throws Exception {
        JsonNode seen = runBrowserScript("e2e/indicators.mjs", screenshots());

        // the cycle left 900万人 (capped at full credit): 95.54; 520万人 gives 19.95 of 20, so 95.49
        assertThat(seen.path("before").path("total").asText()).isEqualTo("95.54");
        assertThat(seen.path("before").path("completion").asText()).isEqualTo("169.81%");
        assertThat(seen.path("changed").path("total").asText()).isEqualTo("95.49");
        assertThat(seen.path("changed").path("completion").asText()).isEqualTo("98.11%");
        assertThat(texts(seen.path("changed").path("dimensions"))).containsExactly("49.49", "46");

        JsonNode refused = seen.path("refused");
        assertThat(refused.path("error").asText()).as("the service's field error, under the field").isNotBlank();
        assertThat(refused.path("invalid").asText()).isEqualTo("true");
        assertThat(refused.path("typed").asText()).as("the refused text stays to be corrected").isEqualTo("85%");
        assertThat(refused.path("total").asText()).isEqualTo("95.49");
        assertThat(seen.path("recovered").path("total").asText()).as("the next value is saved").isEqualTo("95.54");
        assertThat(seen.path("recovered").path("completion").asText()).isEqualTo("100.19%");

        assertThat(seen.path("download").path("name").asText()).endsWith(".xlsx");
        assertThat(seen.path("download").path("bytes").asInt()).isPositive();
        JsonNode imported = seen.path("imported");
        assertThat(imported.path("before").asText()).isEqualTo("7398万");
        assertThat(imported.path("refused").path("alert").asText()).as("the bad row's error, naming its row")
                .contains("（422）", "第 3 行", "年度指标值");
        assertThat(imported.path("refused").path("actual").asText()).as("nothing imported").isEqualTo("7398万");
        assertThat(imported.path("report").asText()).contains("更新 1 项");
        assertThat(imported.path("after").asText()).isEqualTo("7400万");
        assertThat(imported.path("alerts").asInt()).isZero();
        assertThat(seen.path("draft").path("total").asBoolean()).as("the draft shows 95.54").isTrue();
        assertThat(seen.path("draft").path("before").asBoolean()).as("the draft no longer shows 900万人").isFalse();
        assertScreens(seen, "indicators", "indicators-saved", "indicators-field-error", "indicators-390",
                "indicators-import-refused");
    }

    @Test
    @Order(4)
    void theEditorRunsAWhatIfAndNothingIsStored() throws Exception {
        JsonNode seen = runBrowserScript("e2e/whatif.mjs", screenshots());

        // 265万人 of 530万人: half credit for one of 8 output indicators, 20 × 7.5 / 8 = 18.75, so 95.54 − 1.25
        JsonNode result = seen.path("result");
        assertThat(result.path("typedBefore").asText()).as("the actual as written").isEqualTo("531万人");
        // 265万笔 for a count of people: indicator-service's reading error, under the field, in the user's language
        assertThat(result.path("refused").path("fieldError").asText()).isNotBlank();
        assertThat(result.path("refused").path("invalid").asText()).isEqualTo("true");
        assertThat(result.path("current").asText()).isEqualTo("95.54");
        assertThat(result.path("total").asText()).isEqualTo("94.29");
        assertThat(result.path("delta").asText()).isEqualTo("−1.25");
        assertThat(texts(result.path("moved"))).anySatisfy(row -> assertThat(row).contains("20", "18.75"));
        assertThat(seen.path("after").path("total").asText()).isEqualTo("95.54");
        assertThat(seen.path("after").path("version").asText()).isEqualTo(seen.path("stored").path("version").asText());
        assertScreens(seen, "what-if-field-error", "what-if", "what-if-390");
    }

    @Test
    @Order(5)
    void theEditorReadsTheDraftTheTwoPublicVersionsAndTheirDiffAndDownloadsTheDraft() throws Exception {
        JsonNode seen = runBrowserScript("e2e/report.mjs", screenshots());

        assertThat(texts(seen.path("versions"))).hasSize(2);
        assertThat(seen.path("diff").asText()).contains("第 1 版 → 第 2 版", "531万人", "520万人");
        assertThat(seen.path("draft").asBoolean()).as("the draft shows 520万人").isTrue();
        JsonNode downloads = seen.path("downloads");
        assertThat(downloads.path("docx").path("head").asText()).startsWith("PK");
        assertThat(downloads.path("pdf").path("head").asText()).isEqualTo("%PDF");
        assertThat(downloads.path("md").path("bytes").asInt()).isPositive();
        assertScreens(seen, "report", "report-390");
    }

    @Test
    @Order(6)
    void theEditorReadsTheBudgetExecutionAgainstTimeProgressAndTheReconciliationFindings() throws Exception {
        JsonNode seen = runBrowserScript("e2e/budget.mjs", screenshots());

        assertThat(texts(seen.path("figures"))).anySatisfy(figure -> assertThat(figure).startsWith("全年预算").endsWith("万元"));
        assertThat(seen.path("chart").asText()).as("the chart's figures, readable without seeing it").contains("时间进度", "12月");
        assertThat(seen.path("canvas").asInt()).isPositive();
        assertScreens(seen, "budget", "budget-390");
    }

    @Test
    @Order(7)
    void theEditorSeesEachProcurementVerdictExplainedOnTheWorkingDayCalendar() throws Exception {
        JsonNode seen = runBrowserScript("e2e/procurement.mjs", screenshots());

        assertThat(seen.path("verdicts").size()).isPositive();
        assertThat(seen.path("periods").asInt()).isEqualTo(seen.path("verdicts").size());
        assertThat(seen.path("deadlines").asInt()).isPositive();
        assertThat(seen.path("offDays").asInt()).as("weekends and holidays shaded").isPositive();
        assertScreens(seen, "procurement", "procurement-390");
    }

    @Test
    @Order(8)
    void theReviewerReadsTheJulyRoundsLightsAndRectifiesARedOneAndTheEditorClosesTheTask() throws Exception {
        JsonNode seen = runBrowserScript("e2e/monitoring.mjs", screenshots());

        JsonNode round = seen.path("round");
        assertThat(round.path("meta").asText()).contains("截至 2023-07-31", "时间进度 58.33%");
        assertThat(round.path("counts").asText()).contains("绿灯", "黄灯", "红灯");
        // 1.80万笔 of ≥4.48万笔 is 40.18% against 58.33% expected: 18.15 points behind, red beyond 15 (MonitoringIT)
        assertThat(texts(round.path("indicators"))).anySatisfy(row -> assertThat(row)
                .contains("年度住房公积金贷款发放笔数", "红灯", "落后预期进度 18.15 个百分点", "上半年房地产市场低迷"));
        assertThat(texts(round.path("pace"))).first().asString().contains("部门整体", "黄灯", "57.27%", "58.33%");
        assertThat(round.path("missing").asText()).isEqualTo("本次监控所需数据齐全。");
        assertThat(seen.path("outsideYear").asText()).as("a round outside the year, refused at the date's field").isNotBlank();

        JsonNode task = seen.path("task");
        assertThat(task.path("prefilled").asText()).contains("年度住房公积金贷款发放笔数", "18.15");
        assertThat(task.path("dueDateError").asText()).as("a due date before the round, refused at its field").isNotBlank();
        assertThat(task.path("row").asText()).contains("红灯 2023-07-31/indicator/", "归集贷款处", "整改中");
        assertThat(seen.path("closed").path("before").asText()).isEqualTo("整改中");
        assertThat(seen.path("closed").path("after").asText()).contains("已完成", "已开展贷款政策宣传");
        assertThat(seen.path("early").asText()).contains("截至 2023-01-15");
        assertThat(texts(seen.path("missing"))).anySatisfy(missing -> assertThat(missing).startsWith("进度值"));
        assertScreens(seen, "monitoring", "monitoring-task-refused", "monitoring-390", "monitoring-editor");
    }

    /** No serious or critical axe-core violations on each screen, its screenshot kept, no page wider than 390 px. */
    private static void assertScreens(JsonNode seen, String... screens) {
        for (String screen : screens) {
            assertThat(texts(seen.path("axe").path(screen))).as("serious or critical axe-core violations on " + screen).isEmpty();
            assertThat(screenshots().resolve("workbench-" + screen + ".png")).isNotEmptyFile();
        }
        seen.path("narrow").fields().forEachRemaining(screen ->
                assertThat(screen.getValue().asInt()).as("page width of " + screen.getKey() + " at 390 px").isLessThanOrEqualTo(390));
    }

    private static Path screenshots() {
        return stack.options().projectDir().resolve("local-stack/target/screenshots");
    }

    private static JsonNode runBrowserScript(String script, Path screenshots) throws IOException, InterruptedException {
        return WorkbenchScripts.run(stack, script, screenshots, SCRIPT_TIMEOUT_SECONDS, Map.of());
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
