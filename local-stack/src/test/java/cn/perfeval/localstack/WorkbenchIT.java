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
import org.junit.jupiter.api.Test;

/**
 * The workbench as a department's editor uses it, in Debian's Chromium (playwright-core, workbench/web/e2e): on the
 * real stack with the GZHPF 2023 demo loaded as run.sh loads it, through the gateway the stack starts. Screenshots
 * are kept in local-stack/target/screenshots/workbench-*.png.
 */
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
    void theEditorSeesTheSeedsScoreAndAnotherEditorsChangeArriveWithoutAReload() throws Exception {
        Path screenshots = stack.options().projectDir().resolve("local-stack/target/screenshots");
        JsonNode seen = runBrowserScript("e2e/overview.mjs", screenshots);

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
            assertThat(screenshots.resolve("workbench-" + name + ".png")).isNotEmptyFile();
        }
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
