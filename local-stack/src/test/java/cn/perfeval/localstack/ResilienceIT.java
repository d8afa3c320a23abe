package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seed's case under failure: a batch of 1,000 indicator actual changes is sent through indicator-service's public
 * API while scoring-service is SIGKILLed and restarted (4), and while the Kafka broker is down for 10 seconds (5).
 * Afterwards the scorecard must be exactly the one the same final data scores without any failure: nothing lost,
 * nothing counted twice.
 *
 * <p>The reference is scoring-service's what-if API fed, for every indicator, the actual that indicator-service (the
 * system of record) holds at the end; every other fact (budget, procurement, judgements) was loaded before the batch
 * and is untouched by it. The what-if run scores facts it is handed in the request, not what the failure left in
 * scoring-service's projection, so an indicator change lost or applied out of order makes the scorecard differ from
 * it. Two further checks do not rely on scoring-service at all: indicator-service holds the last value the batch wrote
 * per indicator, and the total is the one worked out by hand for those values.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceIT {

    private static final String DEPT = "GZHPF";
    private static final int YEAR = 2023;
    private static final int BATCH = 1_000;
    private static final String PAID_IN = "当年广州住房公积金实缴人数";
    /** How long the scorecard must stay the same, with every indicator at its final version, to count as settled. */
    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final Duration SETTLE_BOUND = Duration.ofMinutes(3);
    private static final Duration BROKER_DOWN = Duration.ofSeconds(10);

    private static Stack stack;
    private static Api editor;
    private static String indicatorsUrl;
    private static String scorecardUrl;
    /** Indicator name → its actual as the demo data writes it. */
    private static Map<String, String> demoActuals;
    /** Indicator name → id. */
    private static Map<String, String> ids;

    @BeforeAll
    static void loadTheDemo() throws IOException {
        stack = RunningStack.start("resilience");
        editor = new Api(stack.tokens().token("resilience-erp", Set.of("erp-integration", "department-editor"),
                Set.of(DEPT)));
        DemoRun demo = DemoRun.loadDraft(stack, editor, DEPT, YEAR);
        assertThat(demo.scorecard().path("total").decimalValue()).isEqualByComparingTo("95.54");

        String evaluation = "/api/v1/departments/" + DEPT + "/years/" + YEAR;
        indicatorsUrl = stack.url(StackOptions.INDICATOR) + evaluation + "/indicators";
        scorecardUrl = stack.url(StackOptions.SCORING) + evaluation + "/scorecard";
        demoActuals = new LinkedHashMap<>();
        Path data = stack.options().projectDir().resolve("demo-data/" + DEPT + "-" + YEAR + "/indicators.json");
        for (JsonNode indicator : new ObjectMapper().readTree(data.toFile())) {
            demoActuals.put(indicator.path("name").asText(), indicator.path("actual").path("value").asText());
        }
        ids = new LinkedHashMap<>();
        recordOfIndicators().forEach((id, indicator) -> ids.put(indicator.path("name").asText(), id));
        assertThat(ids.keySet()).containsExactlyInAnyOrderElementsOf(demoActuals.keySet());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(4)
    void scoringServiceKilledMidBatchAndRestartedEndsWithTheScorecardOfTheFinalData() {
        Map<String, String> finals = new LinkedHashMap<>(demoActuals);
        finals.put(PAID_IN, "520万人");
        Batch batch = new Batch(finals, List.of(new BigDecimal("0.90"), new BigDecimal("0.95")));
        ServiceProcess scoring = stack.service(StackOptions.SCORING);

        batch.send(0, 300);
        scoring.kill();
        batch.send(300, 450);          // scoring-service is gone: the events wait in Kafka
        scoring.start();
        batch.send(450, 700);          // while it boots
        scoring.awaitReady(Duration.ofMinutes(3));
        batch.send(700, BATCH);

        JsonNode scorecard = awaitSettledScorecard();
        assertEqualsTheScorecardOfTheFinalData(scorecard, finals);
        // 7 of 8 output indicators met, the eighth earns 520/530 of its share: 20 × (7 + 0.98113…) / 8 = 19.95
        assertThat(scorecard.path("total").decimalValue()).isEqualByComparingTo("95.49");
        assertThat(item(scorecard, "output-indicators").path("score").decimalValue()).isEqualByComparingTo("19.95");
    }

    @Test
    @Order(5)
    void brokerStoppedForTenSecondsDuringWritesEndsWithTheScorecardOfTheFinalData() {
        Map<String, String> finals = new LinkedHashMap<>(demoActuals);
        Batch batch = new Batch(finals, List.of(new BigDecimal("0.92"), new BigDecimal("0.97")));

        batch.send(0, 300);
        stack.broker().stop();
        long downSince = System.nanoTime();
        int sent = 300;
        while (System.nanoTime() - downSince < BROKER_DOWN.toNanos() && sent < 800) {
            batch.send(sent, sent + 1);   // indicator-service commits to its outbox; the relay cannot reach Kafka
            sent++;
        }
        long left = BROKER_DOWN.toMillis() - Duration.ofNanos(System.nanoTime() - downSince).toMillis();
        if (left > 0) {
            ServiceProcess.sleep(Duration.ofMillis(left));
        }
        stack.broker().start();
        System.out.printf("ResilienceIT: %d actual changes accepted while the broker was down%n", sent - 300);
        assertThat(sent - 300).as("writes accepted while the broker was down").isPositive();
        batch.send(sent, BATCH);

        JsonNode scorecard = awaitSettledScorecard();
        assertEqualsTheScorecardOfTheFinalData(scorecard, finals);
        assertThat(scorecard.path("total").decimalValue()).isEqualByComparingTo("95.54");   // the seed's actuals again
    }

    /**
     * The scorecard equals, in everything but its version and time, the what-if scoring of indicator-service's final
     * actuals; it scored each indicator's final version exactly once; and indicator-service holds what the batch wrote
     * last.
     */
    private static void assertEqualsTheScorecardOfTheFinalData(JsonNode scorecard, Map<String, String> finals) {
        Map<String, JsonNode> record = recordOfIndicators();
        Map<String, String> recorded = new LinkedHashMap<>();
        record.values().forEach(i -> recorded.put(i.path("name").asText(), i.path("actual").path("text").asText()));
        assertThat(recorded).as("indicator-service keeps the last value written per indicator").isEqualTo(finals);

        List<String> scoredIds = new ArrayList<>();
        scorecard.path("indicators").forEach(i -> scoredIds.add(i.path("id").asText()));
        assertThat(scoredIds).as("each indicator scored once").containsExactlyInAnyOrderElementsOf(record.keySet());
        assertThat(scoredVersions(scorecard)).as("the scored version of each indicator").isEqualTo(versions(record));

        Map<String, JsonNode> actuals = new LinkedHashMap<>();
        record.forEach((id, indicator) -> actuals.put(id, indicator.path("actual").path("value")));
        JsonNode reference = editor.post(scorecardUrl + "/simulations", Map.of("indicatorActuals", actuals))
                .expect(200).json();
        assertThat(reference.path("complete").asBoolean()).isTrue();
        ScorecardComparison.assertEqualsWhatIf(scorecard, reference, DEPT + " " + YEAR);
    }

    /**
     * Waits until the scorecard has scored every indicator at the version indicator-service holds and then has not
     * changed for {@link #QUIET}.
     */
    private static JsonNode awaitSettledScorecard() {
        long deadline = System.nanoTime() + SETTLE_BOUND.toNanos();
        Map<String, Long> target = versions(recordOfIndicators());
        JsonNode last = null;
        long stableSince = 0;
        while (System.nanoTime() < deadline) {
            Api.Response response = editor.get(scorecardUrl);
            if (response.status() == 200) {
                JsonNode scorecard = response.json();
                boolean current = scoredVersions(scorecard).equals(target);
                boolean unchanged = last != null && last.path("version").asInt() == scorecard.path("version").asInt();
                if (!current || !unchanged) {
                    stableSince = System.nanoTime();
                } else if (System.nanoTime() - stableSince >= QUIET.toNanos()) {
                    return scorecard;
                }
                last = scorecard;
            }
            ServiceProcess.sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("The scorecard did not settle on the final indicator versions " + target + " within "
                + SETTLE_BOUND.toSeconds() + " s; last scored " + (last == null ? "nothing" : scoredVersions(last)));
    }

    /** Indicator id → the indicator as indicator-service, the system of record, holds it. */
    private static Map<String, JsonNode> recordOfIndicators() {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        editor.get(indicatorsUrl + "?size=100").expect(200).json().path("items")
                .forEach(i -> byId.put(i.path("id").asText(), i));
        return byId;
    }

    private static Map<String, Long> versions(Map<String, JsonNode> indicators) {
        Map<String, Long> versions = new LinkedHashMap<>();
        indicators.forEach((id, indicator) -> versions.put(id, indicator.path("version").asLong()));
        return versions;
    }

    private static Map<String, Long> scoredVersions(JsonNode scorecard) {
        Map<String, Long> versions = new LinkedHashMap<>();
        scorecard.path("indicators").forEach(i -> versions.put(i.path("id").asText(), i.path("version").asLong()));
        return versions;
    }

    private static JsonNode item(JsonNode scorecard, String code) {
        for (JsonNode item : scorecard.path("items")) {
            if (item.path("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no item " + code + " in " + scorecard);
    }

    /**
     * {@link #BATCH} actual changes, round-robin over every indicator, sent one at a time so their order is known.
     * Until the last round each indicator cycles through plausible variants of its final value (the number scaled by
     * each factor, unit kept); the last round writes every indicator's final value, so the last value written per
     * indicator is known whatever happens in between.
     */
    private record Batch(Map<String, String> finals, List<BigDecimal> factors) {

        private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("([0-9]+(?:\\.([0-9]+))?)(.*)");

        void send(int from, int to) {
            List<String> names = List.copyOf(finals.keySet());
            for (int k = from; k < to; k++) {
                String name = names.get(k % names.size());
                editor.put(indicatorsUrl + "/" + ids.get(name) + "/actual", Map.of("value", value(k, names.size(), name)))
                        .expect(200);
            }
        }

        private String value(int k, int indicators, String name) {
            if (k >= BATCH - indicators) {
                return finals.get(name);
            }
            Matcher written = NUMBER_THEN_UNIT.matcher(finals.get(name));
            if (!written.matches()) {
                throw new IllegalStateException("not a number with a unit: " + finals.get(name));
            }
            int decimals = written.group(2) == null ? 0 : written.group(2).length();
            BigDecimal factor = factors.get((k / indicators) % factors.size());
            // Same number of decimals as written: a count stays whole. Test data only; no rule is implied.
            return new BigDecimal(written.group(1)).multiply(factor).setScale(decimals, RoundingMode.HALF_UP)
                    + written.group(3);
        }
    }
}
