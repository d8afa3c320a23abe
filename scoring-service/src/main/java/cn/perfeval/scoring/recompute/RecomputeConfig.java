package cn.perfeval.scoring.recompute;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * How the recompute worker turns bursts of fact changes into few scorecards ({@link RecomputeWorker}). Durations are
 * ISO-8601 ({@code PT0.05S}) or a number with a unit ({@code 50ms}, {@code 2s}). A value out of range fails startup,
 * naming the property: a zero wait would make the worker spin, a zero bound would score every event of a burst.
 */
@ConfigMapping(prefix = "perfeval.recompute")
public interface RecomputeConfig {

    /** Within a stream of changes, the pause (no change for this long) the worker waits for before scoring. */
    @WithDefault("PT0.05S")
    @DurationMin(millis = 1)
    @DurationMax(minutes = 1)
    Duration debounce();

    /** How often the worker looks for marked evaluations without being woken: the backstop after a crash. */
    @WithDefault("PT2S")
    @DurationMin(millis = 10)
    Duration pollInterval();

    /** The longest wait for a pause after an isolated change, or after a round that found its pause. */
    @WithDefault("PT0.5S")
    @DurationMin(millis = 1)
    Duration maxDelay();

    /**
     * The longest wait while changes keep coming without a pause: each round that reaches its bound doubles the
     * next one's, from {@link #maxDelay()} up to this (a smaller value counts as {@link #maxDelay()}).
     */
    @WithDefault("PT4S")
    @DurationMin(millis = 1)
    Duration maxDelayInBurst();

    /** The pause waited for instead of {@link #debounce()} while a consumer works off a backlog (a burst). */
    @WithDefault("PT0.5S")
    @DurationMin(millis = 1)
    @DurationMax(minutes = 1)
    Duration burstPause();

    /**
     * A change with no other in this time before it is isolated (a person's edit) and scored at once: longer than a
     * consumer's polls of a backlog are apart, shorter than a person's edits.
     */
    @WithDefault("PT0.1S")
    @DurationMin
    Duration isolatedAfter();

    /** From this many events of one evaluation in one consumer batch on, the worker is told a burst is under way. */
    @WithDefault("10")
    @Min(1)
    long burstEvents();

    /** How long a failed recompute waits before it is tried again (the others proceed meanwhile). */
    @WithDefault("PT30S")
    @DurationMin(millis = 1)
    Duration retryDelay();
}
