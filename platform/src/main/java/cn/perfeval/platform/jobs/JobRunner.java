package cn.perfeval.platform.jobs;

import cn.perfeval.platform.concurrency.WakeableWorker;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;

/**
 * Works off background jobs on {@code perfeval.jobs.threads} threads per instance (2 by default: a batch waits on
 * the database about as long as it computes): each claims a batch of pending items, processes it in one transaction,
 * and repeats until none is left; then finishes the jobs whose items are all tried. Every instance runs them; no two
 * batches overlap (SKIP LOCKED). The poll interval picks up jobs another instance started.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final Instance<JobBatches> batches;
    private final Duration pollInterval;
    private final List<WakeableWorker> workers;

    public JobRunner(Instance<JobBatches> batches, JobsConfig config) {
        this.batches = batches;
        this.pollInterval = config.pollInterval();
        this.workers = IntStream.range(0, config.threads()).mapToObj(i -> new WakeableWorker("background-jobs-" + i,
                pollInterval, this::round,
                e -> LOG.errorf(e, "A background job batch failed; its items stay pending and are claimed again")))
                .toList();
    }

    void start(@Observes StartupEvent event) {
        workers.forEach(WakeableWorker::start);
    }

    void stop(@Observes ShutdownEvent event) {
        workers.forEach(worker -> worker.stop(Duration.ofSeconds(10)));
    }

    public void wakeUp() {
        workers.forEach(WakeableWorker::wakeUp);
    }

    private void round(WakeableWorker self) throws InterruptedException {
        self.awaitWakeUp(pollInterval);
        JobBatches work = batches.get();
        while (self.running() && work.processNextBatch()) {
            work.finishCompletedJobs();
        }
        work.finishCompletedJobs();
    }
}
