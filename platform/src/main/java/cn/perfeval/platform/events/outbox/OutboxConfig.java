package cn.perfeval.platform.events.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * The transactional outbox: how its relay sends rows to Kafka ({@link OutboxRelay}), how large an event may be
 * ({@link EventPublisher}) and when it counts as stuck ({@link OutboxHealthCheck}). Durations are ISO-8601
 * ({@code PT1S}, {@code P7D}) or a number with a unit ({@code 1s}). A value out of range fails startup, naming the
 * property.
 */
@ConfigMapping(prefix = "perfeval.outbox")
public interface OutboxConfig {

    /** The largest event by default, in bytes: with the producer's margin a request stays under the broker's 1 MB. */
    int DEFAULT_MAX_EVENT_BYTES = 900_000;

    /** How often the relay looks for unsent rows without being woken by a commit: the backstop after an outage. */
    @WithDefault("PT1S")
    @DurationMin(millis = 10)
    Duration pollInterval();

    /** Rows claimed and sent in one round (a number of rows). */
    @WithDefault("500")
    @Min(1)
    @Max(10_000)
    int batchSize();

    /**
     * The largest event (serialised CloudEvent) a service may write, in bytes; a write whose event is larger is
     * refused with a 413 problem. The relay's producer allows this plus a margin; more than the broker's
     * {@code message.max.bytes} (1 MB by default) would be accepted here and refused by the broker.
     */
    @WithDefault("" + DEFAULT_MAX_EVENT_BYTES)
    @Min(10_000)
    @Max(100_000_000)
    int maxEventBytes();

    /** How long sent rows are kept (for an operator to look at) before they are deleted. */
    @WithDefault("P7D")
    @DurationMin
    Duration retention();

    /** Readiness is DOWN once the oldest unsent row is older than this (the broker or the relay is away). */
    @WithDefault("PT5M")
    @DurationMin(seconds = 1)
    Duration stuckAfter();
}
