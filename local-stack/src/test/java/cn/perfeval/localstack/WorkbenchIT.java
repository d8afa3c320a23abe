package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * approves the evaluation twice).
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
        assertThat(seen.path("draft").path("total").asBoolean()).as("the draft shows 95.54").isTrue();
        assertThat(seen.path("draft").path("before").asBoolean()).as("the draft no longer shows 900万人").isFalse();
        assertScreens(seen, "indicators", "indicators-saved", "indicators-field-error", "indicators-390");
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

    /** Runs a script of workbench/web with node against this stack's gateway; its last line of output is what it saw. */
    private static JsonNode runBrowserScript(String script, Path screenshots) throws IOException, InterruptedException {
        Path web = stack.options().projectDir().resolve("workbench/web");
        assertThat(web.resolve("node_modules/playwright-core")).as("workbench/web is built (npm ci)").isDirectory();
        assertThat(HeadlessChromium.BROWSER).as("Debian's chromium").isExecutable();
        Path log = Files.createDirectories(stack.options().dataDir()).resolve("workbench-browser.log");
        ProcessBuilder builder = new ProcessBuilder("node", script).directory(web.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("WORKBENCH_URL", stack.workbenchUrl());
        builder.environment().put("SCREENSHOT_DIR", screenshots.toString());
        builder.environment().put("CHROMIUM", HeadlessChromium.BROWSER.toString());
        Process process = builder.start();
        if (!process.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("node " + script + " exit code; its output:\n" + String.join("\n", output)).isZero();
        return new ObjectMapper().readTree(output.get(output.size() - 1));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
