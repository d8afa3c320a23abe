package cn.perfeval.scoring.recompute;

import cn.perfeval.platform.concurrency.WakeableWorker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Recomputes marked evaluations on one background thread. After a wake-up it waits until changes pause for a
 * short debounce, so that a burst of events collapses into a handful of recomputes; the poll interval is the
 * backstop for marks left by a crash (the settings: {@link RecomputeConfig}). The wait is bounded: at most
 * {@code perfeval.recompute.max-delay} after an isolated change, and while changes keep arriving without a pause,
 * each round's bound doubles up to {@code perfeval.recompute.max-delay-in-burst} (a long burst is scored every few
 * seconds, not twice a second); the first pause brings it back. An isolated change (none in the
 * {@code perfeval.recompute.isolated-after}, 100 ms, before it: longer than a consumer's polls of a backlog are
 * apart, shorter than a person's edits) is scored at once, without the debounce ({@link IsolatedChanges}). A round
 * recomputes only the evaluations marked before it started: a mark set while it scored waits for the next round and
 * its debounce, instead of being recomputed at once for every event of a burst.
 */
@ApplicationScoped
public class RecomputeWorker {

    private static final Logger LOG = Logger.getLogger(RecomputeWorker.class);

    private final Instance<ScorecardRecomputer> recomputer;
    private final Duration debounce;
    private final Duration pollInterval;
    private final RoundLimit roundLimit;
    private final AtomicLong recomputes = new AtomicLong();
    private final Timer duration;
    private final WakeableWorker worker;
    private final Duration burstPause;
    private final IsolatedChanges isolatedChanges;
    private volatile boolean burstUnderWay;

    public RecomputeWorker(Instance<ScorecardRecomputer> recomputer, RecomputeConfig config, MeterRegistry registry) {
        this.recomputer = recomputer;
        this.duration = Timer.builder("perfeval.scoring.recompute")
                .description("Duration of one evaluation's recompute (projection read, scoring, storing, publishing)")
                .register(registry);
        this.debounce = config.debounce();
        this.pollInterval = config.pollInterval();
        this.roundLimit = new RoundLimit(config.maxDelay(), config.maxDelayInBurst());
        this.burstPause = config.burstPause();
        this.isolatedChanges = new IsolatedChanges(config.isolatedAfter());
        this.worker = new WakeableWorker("scorecard-recompute", pollInterval, this::recomputeRound,
                e -> LOG.errorf(e, "Recompute failed; the evaluation stays marked and is retried"));
    }

    void start(@Observes StartupEvent event) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        worker.stop(Duration.ofSeconds(10));
    }

    public void wakeUp() {
        isolatedChanges.wokenAt(System.nanoTime());
        worker.wakeUp();
    }

    /**
     * Wakes the worker for a change that came with many others (a consumer batch full of one evaluation's events):
     * the consumer is working off a backlog, and its next batch may come later than the short debounce, so this
     * round waits for a pause of {@code perfeval.recompute.burst-pause} instead.
     */
    public void wakeUpInBurst() {
        burstUnderWay = true;
        isolatedChanges.wokenAt(System.nanoTime());
        worker.wakeUp();
    }

    /** Recomputes run since start (how well bursts coalesce). */
    public long recomputeCount() {
        return recomputes.get();
    }

    private void recomputeRound(WakeableWorker self) throws InterruptedException {
        if (self.awaitWakeUp(pollInterval) && partOfAStream()) {
            awaitQuiet(self);
        }
        OffsetDateTime roundStart = OffsetDateTime.now(ZoneOffset.UTC);
        while (self.running()) {
            long started = System.nanoTime();
            if (!recomputer.get().recomputeNext(roundStart)) {
                return;
            }
            duration.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            recomputes.incrementAndGet();
        }
    }

    /** Whether the change that woke the worker may be followed by others, so that waiting for them pays off. */
    private boolean partOfAStream() {
        return burstUnderWay || !isolatedChanges.latestWasIsolated();
    }

    /**
     * Waits until no change has arrived for one debounce period (the burst pause while a burst is under way), but
     * never longer than the round's limit.
     */
    private void awaitQuiet(WakeableWorker self) throws InterruptedException {
        long deadline = System.nanoTime() + roundLimit.current().toNanos();
        boolean quiet = false;
        while (!quiet && System.nanoTime() < deadline) {
            // another change arrived within the pause: keep waiting for a quiet one
            quiet = !self.awaitWakeUp(burstUnderWay ? burstPause : debounce);
        }
        roundLimit.roundEnded(quiet);
        burstUnderWay = false;
    }
}
