package cn.perfeval.scoring.bench;

import static io.restassured.RestAssured.given;

import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.scoring.recompute.RecomputeWorker;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a test: 10,000 events for one department arrive on the real broker in a burst; reports how many
 * recomputes ran and how long until the scorecard reflecting the last event was stored. Opt-in (BENCHMARKS.md).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_bench"))
@EnabledIfSystemProperty(named = "perfeval.benchmarks", matches = "true")
class RecomputeBurstBenchmarkTests {

    private static final int EVENTS = 10_000;
    private static final String DEPT = "BURST";

    @Inject
    RecomputeWorker worker;

    @Test
    void tenThousandEventsForOneDepartment() {
        long recomputesBefore = worker.recomputeCount();
        long start = System.nanoTime();
        try (SeedEvents events = new SeedEvents(DEPT, 2023)) {
            // the eleven indicators re-sent with rising versions, as a busy ERP day would produce them
            for (int version = 1; version <= EVENTS / GuangzhouSeed.indicators().size() + 1; version++) {
                events.indicators(version);
            }
        }
        double sent = (System.nanoTime() - start) / 1e9;
        long expectedVersion = EVENTS / GuangzhouSeed.indicators().size() + 1;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            var response = given().auth().oauth2(SeedEvents.reviewerToken())
                    .get("/api/v1/departments/" + DEPT + "/years/2023/scorecard");
            if (response.statusCode() == 200 && response.jsonPath().getList("indicators.version", Long.class).stream()
                    .allMatch(version -> version == expectedVersion)) {
                break;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double done = (System.nanoTime() - start) / 1e9;
        if (System.nanoTime() >= deadline) {
            throw new AssertionError("the scorecard never reflected the last events");
        }
        System.out.printf("BENCHMARK recompute burst: %d events sent in %.1f s; final scorecard stored after %.1f s; "
                + "%d recomputes%n", (expectedVersion) * GuangzhouSeed.indicators().size(), sent, done,
                worker.recomputeCount() - recomputesBefore);
    }
}
