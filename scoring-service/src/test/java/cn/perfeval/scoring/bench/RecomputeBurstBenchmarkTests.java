package cn.perfeval.scoring.bench;

import static io.restassured.RestAssured.given;

import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.scoring.recompute.RecomputeWorker;
import cn.perfeval.scoring.scorecard.ScorecardService;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a test: 10,000 events for one department arrive on the real broker in a burst; reports how many
 * recomputes ran, how many scorecard versions were published and how long until the scorecard reflecting the last
 * event was published on score-events (read by a consumer, as report-service would). Opt-in (BENCHMARKS.md).
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

    @Test
    void tenThousandEventsForOneDepartment() throws Exception {
        long finalVersion = EVENTS / GuangzhouSeed.indicators().size() + 1;
        int versionBefore = storedVersion();
        try (KafkaConsumer<String, String> scores = scoreEvents()) {
            long recomputesBefore = worker.recomputeCount();
            long start = System.nanoTime();
            try (SeedEvents events = new SeedEvents(DEPT, YEAR)) {
                // the eleven indicators re-sent with rising versions, as a busy ERP day would produce them
                for (int version = 1; version <= finalVersion; version++) {
                    events.indicators(version);
                }
            }
            double sent = (System.nanoTime() - start) / 1e9;

            int published = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (true) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no scorecard reflecting the last events was published within 5 minutes");
                }
                boolean done = false;
                for (ConsumerRecord<String, String> record : scores.poll(Duration.ofMillis(100))) {
                    JsonNode scorecard = JSON.readTree(record.value()).path("data");
                    if (!(DEPT + ":" + YEAR).equals(record.key()) || scorecard.path("version").asInt() <= versionBefore) {
                        continue;
                    }
                    published++;
                    done |= reflects(scorecard, finalVersion);
                }
                if (done) {
                    break;
                }
            }
            double finished = (System.nanoTime() - start) / 1e9;
            System.out.printf("BENCHMARK recompute burst: %d events sent in %.1f s; final scorecard published on "
                    + "score-events after %.1f s; %d recomputes, %d scorecard versions published%n",
                    finalVersion * GuangzhouSeed.indicators().size(), sent, finished,
                    worker.recomputeCount() - recomputesBefore, published);
        }
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
