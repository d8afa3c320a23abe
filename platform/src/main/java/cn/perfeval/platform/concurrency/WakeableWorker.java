package cn.perfeval.platform.concurrency;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One background thread that does its work in rounds: a round usually starts by waiting for a wake-up (a commit
 * that left work behind) or for the poll interval to pass (the backstop for work whose wake-up was lost, e.g. in a
 * crash). A round that fails is reported and retried after one poll interval; the thread stops only when asked.
 * The outbox relay and the scoring service's recompute worker are both this loop with their own round.
 */
public final class WakeableWorker {

    /** One round of work; it decides itself whether and how long to wait for a wake-up first. */
    @FunctionalInterface
    public interface Round {
        void run(WakeableWorker worker) throws InterruptedException;
    }

    private final String name;
    private final Duration retryAfterFailure;
    private final Round round;
    private final Consumer<RuntimeException> onFailure;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread thread;

    public WakeableWorker(String name, Duration retryAfterFailure, Round round, Consumer<RuntimeException> onFailure) {
        this.name = name;
        this.retryAfterFailure = retryAfterFailure;
        this.round = round;
        this.onFailure = onFailure;
    }

    public void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the thread to stop after its current round and waits for it at most {@code patience}. */
    public void stop(Duration patience) {
        running = false;
        wakeUp();
        Thread current = thread;
        if (current == null) {
            return;
        }
        try {
            current.join(patience.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void wakeUp() {
        wakeUps.release();
    }

    public boolean running() {
        return running;
    }

    /**
     * Waits at most {@code timeout} for a wake-up. Every wake-up pending when it returns is consumed with it: one
     * round answers them all.
     *
     * @return whether it was woken (false: the timeout passed)
     */
    public boolean awaitWakeUp(Duration timeout) throws InterruptedException {
        boolean woken = wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        wakeUps.drainPermits();
        return woken;
    }

    private void loop() {
        while (running) {
            try {
                round.run(this);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                onFailure.accept(e);
                pause(retryAfterFailure);
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
