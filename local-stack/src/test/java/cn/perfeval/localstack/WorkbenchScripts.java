package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of workbench/web (e2e/*.mjs: playwright-core driving Debian's Chromium) with node against a stack's
 * gateway; the script's last line of output is what it saw, as JSON. Used by the browser tests and the benchmark.
 */
final class WorkbenchScripts {

    private WorkbenchScripts() {
    }

    /**
     * @param screenshots where the script keeps its screenshots
     * @param environment more variables for the script (e.g. RUNS for the benchmark)
     */
    static JsonNode run(Stack stack, String script, Path screenshots, long timeoutSeconds, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path web = stack.options().projectDir().resolve("workbench/web");
        assertThat(web.resolve("node_modules/playwright-core")).as("workbench/web is built (npm ci)").isDirectory();
        assertThat(HeadlessChromium.BROWSER).as("Debian's chromium").isExecutable();
        Path log = Files.createDirectories(stack.options().dataDir()).resolve("workbench-browser.log");
        ProcessBuilder builder = new ProcessBuilder("node", script).directory(web.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("WORKBENCH_URL", stack.workbenchUrl());
        builder.environment().put("SCREENSHOT_DIR", Files.createDirectories(screenshots).toString());
        builder.environment().put("CHROMIUM", HeadlessChromium.BROWSER.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("node " + script + " exit code; its output:\n" + String.join("\n", output)).isZero();
        return new ObjectMapper().readTree(output.get(output.size() - 1));
    }
}
