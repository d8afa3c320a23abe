package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * End-to-end latency, measured, not asserted: an indicator actual changed by REST, one change at a time, until the
 * department's draft report shows it (the public report changes only by approval). Opt-in, as it takes minutes:
 * {@code ./mvnw -o -pl local-stack verify -Dit.test=ReportLatencyBenchmarkIT -Dperfeval.benchmarks=true}.
 * Figures are in BENCHMARKS.md.
 */
@EnabledIfSystemProperty(named = "perfeval.benchmarks", matches = "true")
class ReportLatencyBenchmarkIT {

    private static final String DEPT = "GZHPF";
    private static final int YEAR = 2023;
    private static final int CHANGES = 200;
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    @Test
    void actualChangedByRestToTheDraftReportShowingIt() {
        try (Stack stack = RunningStack.start("latency")) {
            Api editor = new Api(stack.tokens().token("latency-erp", Set.of("erp-integration", "department-editor"),
                    Set.of(DEPT)));
            DemoRun.loadDraft(stack, editor, DEPT, YEAR);
            String report = stack.url(StackOptions.REPORT) + "/api/v1/departments/" + DEPT + "/years/" + YEAR + "/report";
            String actual = stack.url(StackOptions.INDICATOR) + "/api/v1/departments/" + DEPT + "/years/" + YEAR
                    + "/indicators/" + indicatorId(editor, stack, "当年广州住房公积金实缴人数") + "/actual";

            List<Long> millis = new ArrayList<>();
            for (int i = 1; i <= CHANGES; i++) {
                // A new value every time (all above the 530万人 target), so every change is a new report.
                String value = BigDecimal.valueOf(54_000 + i, 2).toPlainString() + "万人";
                long start = System.nanoTime();
                editor.put(actual, Map.of("value", value)).expect(200);
                awaitDraftShowing(editor, report, value);
                millis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
            }

            Collections.sort(millis);
            System.out.printf("ReportLatencyBenchmarkIT: %d changes, actual by REST -> the draft report shows it: "
                            + "p50 %d ms, p90 %d ms, p99 %d ms, max %d ms, min %d ms%n", CHANGES, percentile(millis, 50),
                    percentile(millis, 90), percentile(millis, 99), millis.get(millis.size() - 1), millis.get(0));
            assertThat(millis).hasSize(CHANGES);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** The draft is composed from the newest scorecard report-service received: it shows the value once scored. */
    private static void awaitDraftShowing(Api editor, String report, String value) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response response = editor.get(report);
            if (response.status() == 200 && response.json().path("report").path("outputTable").toString().contains(value)) {
                return;
            }
            ServiceProcess.sleep(POLL);
        }
        throw new AssertionError("the draft report did not show " + value + " within " + GIVE_UP.toSeconds() + " s");
    }

    private static String indicatorId(Api editor, Stack stack, String name) {
        String list = stack.url(StackOptions.INDICATOR) + "/api/v1/departments/" + DEPT + "/years/" + YEAR
                + "/indicators?size=100";
        for (JsonNode item : editor.get(list).expect(200).json().path("items")) {
            if (item.path("name").asText().equals(name)) {
                return item.path("id").asText();
            }
        }
        throw new AssertionError("no indicator " + name);
    }
}
