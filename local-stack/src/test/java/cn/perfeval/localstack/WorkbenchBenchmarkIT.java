package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.testinfra.bench.BenchmarksJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test (BENCHMARKS.md, "Workbench"): the overview's first load and an actual saved through the
 * REST API until the new score is on the open overview, in Debian's Chromium against the local stack with the GZHPF
 * 2023 demo loaded as a draft (workbench/web/e2e/bench.mjs does the measuring). Records
 * {@code workbench.overviewFirstLoadMs} and {@code workbench.updateOnScreenMs} (p50 each; p95 printed) with the load
 * average. Asserts only that every run saw its figure, never a time. Runs: {@code -Dperfeval.workbench.runs} (20).
 */
@EnabledIfSystemProperty(named = "perfeval.benchmarks", matches = "true")
class WorkbenchBenchmarkIT {

    private static final String DEPT = "GZHPF";
    private static final int YEAR = 2023;
    private static final long TIMEOUT_SECONDS = 900;

    @Test
    void overviewFirstLoadAndAnActualSavedUntilTheNewScoreIsOnScreen() throws Exception {
        int runs = Integer.getInteger("perfeval.workbench.runs", 20);
        try (Stack stack = RunningStack.start("workbench-bench")) {
            DemoRun.loadDraft(stack, DemoActors.Tokens.issue(stack.tokens(), "workbench-bench", DEPT).actors(), DEPT, YEAR);
            Path shots = stack.options().projectDir().resolve("local-stack/target/screenshots");
            JsonNode seen = WorkbenchScripts.run(stack, "e2e/bench.mjs", shots, TIMEOUT_SECONDS,
                    Map.of("RUNS", String.valueOf(runs)));
            System.out.printf("WorkbenchBenchmarkIT: %d runs, milliseconds; first load %s; update on screen %s%n"
                    + "  first load samples %s%n  update samples %s%n", runs, seen.path("firstLoad"),
                    seen.path("updateOnScreen"), seen.path("firstLoadMs"), seen.path("updateOnScreenMs"));
            assertThat(seen.path("firstLoadMs").size()).isEqualTo(runs);
            assertThat(seen.path("updateOnScreenMs").size()).isEqualTo(runs);
            BenchmarksJson results = BenchmarksJson.ofCheckout();
            results.record("workbench.overviewFirstLoadMs", seen.path("firstLoad").path("p50").decimalValue(), "ms");
            results.record("workbench.updateOnScreenMs", seen.path("updateOnScreen").path("p50").decimalValue(), "ms");
        }
    }
}
