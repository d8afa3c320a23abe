package cn.perfeval.scoring.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.scoring.recompute.RecomputeWorker;
import cn.perfeval.scoring.scorecard.ScorecardService;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import cn.perfeval.testinfra.bench.BenchmarksJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a test: 10,010 events for one department arrive on the real broker in a burst; reports how many
 * recomputes ran, how many scorecard versions were published, how long after the last send the scorecard reflecting
 * the last event was published on score-events (read by a consumer, as report-service would), and the rate at which
 * the consumer handled the events (records ÷ the time it spent in its batches, from the first read of each to its
 * commit: its capacity, which the producer's pace does not dilute). It fails unless the final scorecard equals the
 * what-if of the final facts. Opt-in; records burst.* in benchmarks.json (BENCHMARKS.md).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_bench"))
@EnabledIfSystemProperty(named = "perfeval.benchmarks", matches = "true")
class RecomputeBurstBenchmarkTests {

    private static final int EVENTS = 10_000;
    private static final String DEPT = "BURST";
    private static final int YEAR = 2023;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RecomputeWorker worker;

    @Inject
    MeterRegistry meters;

    @Test
    void tenThousandEventsForOneDepartment() throws Exception {
        long finalVersion = EVENTS / GuangzhouSeed.indicators().size() + 1;
        int versionBefore = storedVersion();
        try (KafkaConsumer<String, String> scores = scoreEvents()) {
            long recomputesBefore = worker.recomputeCount();
            ConsumerWork consumerBefore = consumerWork();
            long start = System.nanoTime();
            try (SeedEvents events = new SeedEvents(DEPT, YEAR)) {
                // the eleven indicators re-sent with rising versions, as a busy ERP day would produce them
                for (int version = 1; version <= finalVersion; version++) {
                    events.indicators(version);
                }
            }
            long lastSent = System.nanoTime();
            Published published = awaitFinalScorecard(scores, versionBefore, finalVersion);
            ConsumerWork consumer = consumerWork().minus(consumerBefore);
            long recomputes = worker.recomputeCount() - recomputesBefore;

            double sent = (lastSent - start) / 1e9;
            double afterLastSend = (published.at() - lastSent) / 1e9;
            double eventsPerSecond = consumer.records() / consumer.seconds();
            System.out.printf("BENCHMARK recompute burst: %d events sent in %.1f s; final scorecard published on "
                    + "score-events %.2f s after the last send (%.1f s in all); %d recomputes, %d scorecard versions "
                    + "published; consumer: %d records in %d batches, %.2f s of batch time = %.0f events/s%n",
                    finalVersion * GuangzhouSeed.indicators().size(), sent, afterLastSend, sent + afterLastSend,
                    recomputes, published.count(), consumer.records(), consumer.batches(), consumer.seconds(),
                    eventsPerSecond);
            assertEqualsWhatIfOfTheFinalFacts(published.finalScorecard());
            BenchmarksJson figures = BenchmarksJson.ofCheckout();
            figures.record("burst.recomputes", BigDecimal.valueOf(recomputes), "recomputes");
            figures.record("burst.finalSeconds", BigDecimal.valueOf(afterLastSend).setScale(2, RoundingMode.HALF_UP), "s");
            figures.record("burst.consumerEventsPerSecond",
                    BigDecimal.valueOf(eventsPerSecond).setScale(0, RoundingMode.HALF_UP), "events/s");
        }
    }

    /** Reads score-events until the scorecard reflecting the last indicator versions is published. */
    private static Published awaitFinalScorecard(KafkaConsumer<String, String> scores, int versionBefore,
            long finalVersion) throws Exception {
        int published = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : scores.poll(Duration.ofMillis(20))) {
                JsonNode scorecard = JSON.readTree(record.value()).path("data");
                if (!(DEPT + ":" + YEAR).equals(record.key()) || scorecard.path("version").asInt() <= versionBefore) {
                    continue;
                }
                published++;
                if (reflects(scorecard, finalVersion)) {
                    return new Published(scorecard, published, System.nanoTime());
                }
            }
        }
        throw new AssertionError("no scorecard reflecting the last events was published within 5 minutes");
    }

    /**
     * The published scorecard must be the one the engine gives for the facts as they finally are: the what-if with
     * no overrides, computed from the projection now (that its indicators are the last versions sent was checked
     * before: {@link #reflects}). A lost or reordered event would leave other facts, so another scorecard.
     */
    private static void assertEqualsWhatIfOfTheFinalFacts(JsonNode published) throws Exception {
        String simulated = given().auth().oauth2(SeedEvents.editorToken(DEPT)).contentType("application/json")
                .body("{}").post("/api/v1/departments/" + DEPT + "/years/" + YEAR + "/scorecard/simulations")
                .then().statusCode(200).extract().asString();
        JsonNode whatIf = JSON.readTree(simulated);
        assertThat(new BigDecimal(published.path("total").asText()))
                .as("published total vs the what-if of the final facts")
                .isEqualByComparingTo(new BigDecimal(whatIf.path("total").asText()));
        assertThat(scores(published)).as("item scores").isEqualTo(scores(whatIf)).isNotEmpty();
        assertThat(published.path("grade")).as("grade").isEqualTo(whatIf.path("grade"));
    }

    private static Map<String, BigDecimal> scores(JsonNode scorecard) {
        Map<String, BigDecimal> scores = new TreeMap<>();
        scorecard.path("items").forEach(item -> scores.put(item.path("code").asText(),
                new BigDecimal(item.path("score").asText()).stripTrailingZeros()));
        return scores;
    }

    /** What the indicator-events consumer has done so far: records handled, batches, time spent in batches. */
    private ConsumerWork consumerWork() {
        Counter handled = meters.find("perfeval.events.handled").tag("channel", "indicator-events").counter();
        Timer batches = meters.find("perfeval.events.batch").tag("channel", "indicator-events").timer();
        return new ConsumerWork(handled == null ? 0 : (long) handled.count(), batches == null ? 0 : batches.count(),
                batches == null ? 0 : batches.totalTime(TimeUnit.NANOSECONDS) / 1e9);
    }

    private record ConsumerWork(long records, long batches, double seconds) {
        ConsumerWork minus(ConsumerWork before) {
            return new ConsumerWork(records - before.records, batches - before.batches, seconds - before.seconds);
        }
    }

    private record Published(JsonNode finalScorecard, int count, long at) {
    }

    /**
     * A consumer of score-events from the topic's start (a fresh broker may not have the topic yet, so there is no
     * end to seek to); scorecards of this department stored before the burst are skipped by their version.
     */
    private static KafkaConsumer<String, String> scoreEvents() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "burst-benchmark-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(ScorecardService.TOPIC));
        return consumer;
    }

    private static int storedVersion() {
        var response = given().auth().oauth2(SeedEvents.reviewerToken())
                .get("/api/v1/departments/" + DEPT + "/years/" + YEAR + "/scorecard");
        return response.statusCode() == 200 ? response.jsonPath().getInt("version") : 0;
    }

    private static boolean reflects(JsonNode scorecard, long indicatorVersion) {
        JsonNode indicators = scorecard.path("indicators");
        return indicators.size() == GuangzhouSeed.indicators().size()
                && StreamSupport.stream(indicators.spliterator(), false)
                        .allMatch(indicator -> indicator.path("version").asLong() == indicatorVersion);
    }
}
