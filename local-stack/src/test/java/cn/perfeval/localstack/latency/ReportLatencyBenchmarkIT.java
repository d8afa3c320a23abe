package cn.perfeval.localstack.latency;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.localstack.Api;
import cn.perfeval.localstack.DemoRun;
import cn.perfeval.localstack.RunningStack;
import cn.perfeval.localstack.Stack;
import cn.perfeval.localstack.StackOptions;
import cn.perfeval.testinfra.bench.BenchmarksJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * End-to-end latency, measured, not asserted: an indicator actual changed by REST, one change at a time, until the
 * department's draft report shows it (the public report changes only by approval, docs/yearly-cycle.md). Opt-in,
 * as it takes minutes:
 * {@code ./mvnw -B -o -pl local-stack -am verify -Dit.test=ReportLatencyBenchmarkIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dperfeval.benchmarks=true}. Figures are in BENCHMARKS.md.
 *
 * <p>Each change is split into hops by the instants its events carry ({@link TopicWatcher}: the outbox row, the
 * relay's send, seen on {@code indicator-events} and {@code score-events} without asking any service). Only the last
 * hop, report-service storing the scorecard, is seen by polling the draft, every millisecond and only after the
 * scorecard is on {@code score-events}, so the polling neither loads the services during the other hops nor adds a
 * poll interval to the figure. The same run then measures the floor ({@link KafkaChainFloor}) on the same broker.
 * {@code -Dperfeval.e2e.jfr=<folder>} also records the services' profiles during the measured changes
 * ({@link FlightRecordings}).
 */
@EnabledIfSystemProperty(named = "perfeval.benchmarks", matches = "true")
class ReportLatencyBenchmarkIT {

    private static final String DEPT = "GZHPF";
    private static final int YEAR = 2023;
    private static final int WARM_UP = 20;
    private static final int CHANGES = 200;
    private static final Duration GIVE_UP = Duration.ofSeconds(30);
    private static final String TOTAL = "total: PUT sent → the draft shows it";
    private static final String FLOOR = "floor: bare produce→consume chain of three hops";
    private static final Pattern RECOMPUTE_TIMER =
            Pattern.compile("(?m)^perfeval_scoring_recompute_seconds_(count|sum)\\S* ([0-9.Ee+-]+)$");

    @Test
    void actualChangedByRestToTheDraftReportShowingIt() throws Exception {
        try (Stack stack = RunningStack.start("latency")) {
            Api editor = new Api(stack.tokens().token("latency-erp", Set.of("erp-integration", "department-editor"),
                    Set.of(DEPT)));
            DemoRun.loadDraft(stack, editor, DEPT, YEAR);
            Samples samples = new Samples();
            List<String> payloads = measureChanges(stack, editor, samples);
            measureFloor(stack, payloads, samples);
            report(samples);
        }
    }

    /** Runs the changes; returns the last events' payloads, so the floor sends events of the same sizes. */
    private static List<String> measureChanges(Stack stack, Api editor, Samples samples) throws Exception {
        String bootstrap = stack.broker().bootstrapServers();
        ChangeRun run = new ChangeRun(editor, draftUrl(stack), actualUrl(stack, editor));
        try (TopicWatcher indicators = new TopicWatcher(bootstrap, "indicator-events");
             TopicWatcher scores = new TopicWatcher(bootstrap, "score-events")) {
            for (int i = 1; i <= WARM_UP; i++) {
                run.change(i, indicators, scores, new Samples());
            }
            double[] recomputesBefore = recomputeTimer(stack);
            FlightRecordings recordings = FlightRecordings.startIfAsked(stack);
            for (int i = WARM_UP + 1; i <= WARM_UP + CHANGES; i++) {
                run.change(i, indicators, scores, samples);
            }
            recordings.dump();
            double[] recomputesAfter = recomputeTimer(stack);
            System.out.printf("ReportLatencyBenchmarkIT: %d recomputes, %.1f ms each on average (scoring-service's "
                            + "perfeval.scoring.recompute timer)%n", (long) (recomputesAfter[0] - recomputesBefore[0]),
                    1000 * (recomputesAfter[1] - recomputesBefore[1]) / (recomputesAfter[0] - recomputesBefore[0]));
            return run.lastPayloads();
        }
    }

    private static void measureFloor(Stack stack, List<String> payloads, Samples samples) throws Exception {
        try (KafkaChainFloor floor = new KafkaChainFloor(stack.broker(), payloads)) {
            for (int i = 0; i < WARM_UP + CHANGES; i++) {
                long micros = floor.once("floor-" + i);
                if (i >= WARM_UP) {
                    samples.add(FLOOR, micros);
                }
            }
        }
    }

    private static void report(Samples samples) {
        assertThat(samples.count(TOTAL)).isEqualTo(CHANGES);
        assertThat(samples.count(FLOOR)).isEqualTo(CHANGES);
        System.out.printf("ReportLatencyBenchmarkIT: %d changes after %d unmeasured ones, milliseconds:%n%s", CHANGES,
                WARM_UP, samples.table());
        BigDecimal p50 = millis(samples.percentileMillis(TOTAL, 50));
        BigDecimal floorP50 = millis(samples.percentileMillis(FLOOR, 50));
        BenchmarksJson results = BenchmarksJson.ofCheckout();
        results.record("e2e.p50Ms", p50, "ms");
        results.record("e2e.p99Ms", millis(samples.percentileMillis(TOTAL, 99)), "ms");
        results.record("e2e.ratioToFloor", p50.divide(floorP50, 2, RoundingMode.HALF_UP), "ratio");
    }

    private static BigDecimal millis(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** scoring-service's recompute timer: {count, sum of seconds}. */
    private static double[] recomputeTimer(Stack stack) {
        String metrics = new Api(null).get(stack.url(StackOptions.SCORING) + "/q/metrics", "text/plain").body();
        double[] timer = new double[2];
        Matcher matcher = RECOMPUTE_TIMER.matcher(metrics);
        while (matcher.find()) {
            timer[matcher.group(1).equals("count") ? 0 : 1] = Double.parseDouble(matcher.group(2));
        }
        return timer;
    }

    private static String draftUrl(Stack stack) {
        return stack.url(StackOptions.REPORT) + "/api/v1/departments/" + DEPT + "/years/" + YEAR + "/report";
    }

    private static String actualUrl(Stack stack, Api editor) {
        String list = stack.url(StackOptions.INDICATOR) + "/api/v1/departments/" + DEPT + "/years/" + YEAR
                + "/indicators?size=100";
        for (JsonNode item : editor.get(list).expect(200).json().path("items")) {
            if (item.path("name").asText().equals("当年广州住房公积金实缴人数")) {
                return stack.url(StackOptions.INDICATOR) + "/api/v1/departments/" + DEPT + "/years/" + YEAR
                        + "/indicators/" + item.path("id").asText() + "/actual";
            }
        }
        throw new AssertionError("no indicator 当年广州住房公积金实缴人数");
    }

    /** One change at a time: its value, the instants of its hops, and the draft showing it. */
    private static final class ChangeRun {
        private final Api editor;
        private final String draft;
        private final String actual;
        private String lastIndicatorPayload;
        private String lastScorePayload;

        ChangeRun(Api editor, String draft, String actual) {
            this.editor = editor;
            this.draft = draft;
            this.actual = actual;
        }

        void change(int i, TopicWatcher indicators, TopicWatcher scores, Samples samples) throws InterruptedException {
            // A new value every time (all above the 530万人 target), so every change is a new scorecard and draft.
            String value = BigDecimal.valueOf(54_000 + i, 2).toPlainString() + "万人";
            long started = TopicWatcher.nowMicros();
            editor.put(actual, Map.of("value", value)).expect(200);
            long answered = TopicWatcher.nowMicros();
            TopicWatcher.Arrival indicator = indicators.awaitContaining(value, GIVE_UP);
            TopicWatcher.Arrival score = scores.awaitContaining(value, GIVE_UP);
            long shown = awaitDraftShowing(value);
            samples.add(TOTAL, shown - started);
            samples.add("indicator-service: PUT sent → response received", answered - started);
            samples.add("indicator-service: PUT sent → outbox row written", indicator.writtenMicros() - started);
            samples.add("indicator relay: row written → sent (ms clock)", indicator.sentMicros() - indicator.writtenMicros());
            samples.add("scoring-service: indicator sent → score row written", score.writtenMicros() - indicator.sentMicros());
            samples.add("scoring relay: row written → sent (ms clock)", score.sentMicros() - score.writtenMicros());
            samples.add("broker: score sent → a plain consumer has it", score.receivedMicros() - score.sentMicros());
            samples.add("report-service: score sent → the draft shows it", shown - score.sentMicros());
            lastIndicatorPayload = indicator.payload();
            lastScorePayload = score.payload();
        }

        List<String> lastPayloads() {
            return List.of(lastIndicatorPayload, lastScorePayload, lastIndicatorPayload);
        }

        /** Polled every millisecond, from the moment the scorecard is on the topic report-service reads. */
        private long awaitDraftShowing(String value) throws InterruptedException {
            long deadline = System.nanoTime() + GIVE_UP.toNanos();
            while (System.nanoTime() < deadline) {
                Api.Response response = editor.get(draft);
                if (response.status() == 200
                        && response.json().path("report").path("outputTable").toString().contains(value)) {
                    return TopicWatcher.nowMicros();
                }
                Thread.sleep(1);
            }
            throw new AssertionError("the draft report did not show " + value + " within " + GIVE_UP.toSeconds() + " s");
        }
    }
}
