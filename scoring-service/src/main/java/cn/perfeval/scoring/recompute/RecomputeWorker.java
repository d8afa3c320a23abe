package cn.perfeval.scoring.recompute;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Recomputes marked evaluations on one background thread. After a wake-up it waits until changes pause for a
 * short debounce (at most {@code perfeval.recompute.max-delay}), so that a burst of events collapses into a handful
 * of recomputes; the poll interval is the backstop for marks left by a crash.
 */
@ApplicationScoped
public class RecomputeWorker {

    private static final Logger LOG = Logger.getLogger(RecomputeWorker.class);

    private final Instance<ScorecardRecomputer> recomputer;
    private final Duration debounce;
    private final Duration pollInterval;
    private final Duration maxDelay;
    private final Semaphore signal = new Semaphore(0);
    private final AtomicLong recomputes = new AtomicLong();
    private volatile boolean running;
    private volatile boolean paused;
    private Thread worker;

    public RecomputeWorker(Instance<ScorecardRecomputer> recomputer,
            @ConfigProperty(name = "perfeval.recompute.debounce", defaultValue = "PT0.05S") Duration debounce,
            @ConfigProperty(name = "perfeval.recompute.poll-interval", defaultValue = "PT2S") Duration pollInterval,
            @ConfigProperty(name = "perfeval.recompute.max-delay", defaultValue = "PT0.5S") Duration maxDelay) {
        this.recomputer = recomputer;
        this.debounce = debounce;
        this.pollInterval = pollInterval;
        this.maxDelay = maxDelay;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        worker = new Thread(this::loop, "scorecard-recompute");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp();
        try {
            if (worker != null) {
                worker.join(Duration.ofSeconds(10).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void wakeUp() {
        signal.release();
    }

    /** Holds recomputes back, e.g. while the projection is rebuilt, so no scorecard is made from partial facts. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
        wakeUp();
    }

    /** Recomputes run since start (how well bursts coalesce). */
    public long recomputeCount() {
        return recomputes.get();
    }

    private void loop() {
        while (running) {
            try {
                if (signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                    awaitQuiet();
                }
                signal.drainPermits();
                while (running && !paused && recomputer.get().recomputeNext()) {
                    recomputes.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Recompute failed; the evaluation stays marked and is retried");
                sleepQuietly(pollInterval);
            }
        }
    }

    /**
     * Waits until no change has arrived for one debounce period, but never longer than {@code maxDelay}: a steady
     * trickle of events is scored a few times a second instead of once per event.
     */
    private void awaitQuiet() throws InterruptedException {
        long deadline = System.nanoTime() + maxDelay.toNanos();
        signal.drainPermits();
        while (System.nanoTime() < deadline && signal.tryAcquire(debounce.toMillis(), TimeUnit.MILLISECONDS)) {
            signal.drainPermits();
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
