package cn.perfeval.scoring.recompute;

import java.time.Duration;

/**
 * Tells an isolated change from one inside a stream of changes by the time since the wake-up before it. An
 * isolated change (a person's edit, an ERP push) is scored at once: debouncing it would only add the debounce to
 * every edit's latency. A change that follows another within {@code quietBefore} is debounced, so a burst still
 * collapses into a few recomputes — its first change alone is scored at once.
 */
final class IsolatedChanges {

    private final long quietBeforeNanos;
    private long lastWakeUp;
    private boolean anyWakeUp;
    private boolean lastWasIsolated;

    IsolatedChanges(Duration quietBefore) {
        this.quietBeforeNanos = quietBefore.toNanos();
    }

    /** Records a wake-up at {@code nanoTime} (System.nanoTime's scale). */
    synchronized void wokenAt(long nanoTime) {
        lastWasIsolated = !anyWakeUp || nanoTime - lastWakeUp > quietBeforeNanos;
        lastWakeUp = nanoTime;
        anyWakeUp = true;
    }

    /** Whether the latest wake-up came after a quiet period (or was the first). */
    synchronized boolean latestWasIsolated() {
        return lastWasIsolated;
    }
}
