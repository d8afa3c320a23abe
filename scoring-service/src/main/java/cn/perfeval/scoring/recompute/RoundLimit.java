package cn.perfeval.scoring.recompute;

import java.time.Duration;

/**
 * How long the recompute worker may wait for a pause in the changes before it scores anyway. After an isolated
 * change, or any round that found its pause, the bound is {@code afterPause}; each round that reached its bound
 * without a pause (a burst still going on) doubles the next one's, up to {@code inBurst}. So a long burst is scored
 * every few seconds rather than twice a second, and the first pause brings the short bound back.
 */
final class RoundLimit {

    private final Duration afterPause;
    private final Duration inBurst;
    private Duration current;

    RoundLimit(Duration afterPause, Duration inBurst) {
        this.afterPause = afterPause;
        this.inBurst = inBurst.compareTo(afterPause) < 0 ? afterPause : inBurst;
        this.current = afterPause;
    }

    /** The bound of the round about to wait. */
    Duration current() {
        return current;
    }

    /** Records how the round's wait ended: with a pause in the changes, or at its bound. */
    void roundEnded(boolean pauseFound) {
        Duration doubled = current.multipliedBy(2);
        current = pauseFound ? afterPause : (doubled.compareTo(inBurst) > 0 ? inBurst : doubled);
    }
}
