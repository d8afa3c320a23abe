package cn.perfeval.scoring.jobs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.platform.jobs.JobBatches;
import cn.perfeval.platform.jobs.JobHandler;
import cn.perfeval.platform.jobs.JobView;
import cn.perfeval.platform.jobs.Jobs;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The platform's job runner on the real database: three threads claim batches of one job as three instances would
 * (beside this instance's own runner). No item is ever processed by two at once (SKIP LOCKED), every item is
 * processed, a failing item fails alone and is named, and the job's progress reaches its total.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class JobBatchesTests {

    private static final int ITEMS = 600;
    private static final String POISON = "item-0137";

    @Inject
    Jobs jobs;

    @Inject
    JobBatches batches;

    @Inject
    CountingHandler handler;

    @Test
    void batchesOfOneJobNeverOverlapAndAFailingItemFailsAlone() throws Exception {
        JobView started = QuarkusTransaction.requiringNew().call(() -> jobs.start(CountingHandler.KIND, "test", "tester",
                "SELECT 'item-' || lpad(CAST(n AS text), 4, '0') FROM generate_series(0, :last) AS n",
                Map.of("last", ITEMS - 1)));
        assertThat(started.total()).isEqualTo(ITEMS);
        ExecutorService instances = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> running = List.of(instances.submit(this::drain), instances.submit(this::drain),
                    instances.submit(this::drain));
            for (Future<?> instance : running) {
                instance.get();
            }
        } finally {
            instances.shutdown();
        }
        awaitFinished(started);

        assertThat(handler.overlaps.get()).as("items processed by two threads at once").isZero();
        assertThat(handler.processed.keySet()).hasSize(ITEMS);
        JsonPath job = given().auth().oauth2(TestInfrastructure.tokens().token("admin", Set.of("admin"), Set.of()))
                .get(Jobs.location(started.id()).toString()).then().statusCode(200).extract().jsonPath();
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getLong("done")).isEqualTo(ITEMS - 1);
        assertThat(job.getLong("failed")).isEqualTo(1);
        assertThat(job.getString("errors[0].item")).isEqualTo(POISON);
        assertThat(job.getString("errors[0].error")).contains("poisoned");
        assertThat(job.getString("finishedAt")).isNotNull();
    }

    /** This instance's own runner may still hold the last batch when the threads find nothing left to claim. */
    private void awaitFinished(JobView started) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while ("RUNNING".equals(jobs.view(started.id()).state()) && System.nanoTime() < deadline) {
            batches.finishCompletedJobs();
            Thread.sleep(100);
        }
    }

    private void drain() {
        while (batches.processNextBatch()) {
            // claim the next batch until none is left that no other thread holds
        }
    }

    /**
     * Counts how often each item is processed and whether two threads ever hold one item at once. A singleton, so
     * the test reads these fields on the bean itself, not on a client proxy.
     */
    @Singleton
    static class CountingHandler implements JobHandler {

        static final String KIND = "test-counting";
        final Map<String, AtomicInteger> processed = new ConcurrentHashMap<>();
        final Set<String> inFlight = ConcurrentHashMap.newKeySet();
        final AtomicInteger overlaps = new AtomicInteger();

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public void process(String subject, List<String> items) {
            for (String item : items) {
                if (!inFlight.add(item)) {
                    overlaps.incrementAndGet();
                }
                processed.computeIfAbsent(item, key -> new AtomicInteger()).incrementAndGet();
            }
            try {
                if (items.contains(POISON)) {
                    throw new IllegalStateException(POISON + " is poisoned");
                }
            } finally {
                inFlight.removeAll(items);
            }
        }
    }
}
