package cn.perfeval.scoring.recompute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.testinfra.ValidatedSettings;
import io.smallrye.config.ConfigValidationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The recompute worker's settings: the defaults README.md and BENCHMARKS.md describe, and a value that would make the
 * worker misbehave (spin, or score every event of a burst) stops the service at startup, naming the property.
 */
class RecomputeConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        RecomputeConfig config = ValidatedSettings.read(RecomputeConfig.class, Map.of());

        assertThat(config.debounce()).isEqualTo(Duration.ofMillis(50));
        assertThat(config.isolatedAfter()).isEqualTo(Duration.ofMillis(100));
        assertThat(config.burstPause()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.maxDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.maxDelayInBurst()).isEqualTo(Duration.ofSeconds(4));
        assertThat(config.burstEvents()).isEqualTo(10);
        assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.retryDelay()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aDurationWithAUnitIsRead() {
        RecomputeConfig config = ValidatedSettings.read(RecomputeConfig.class,
                Map.of("perfeval.recompute.debounce", "20ms"));

        assertThat(config.debounce()).isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void aZeroDebounceFailsNamingTheProperty() {
        assertThatThrownBy(() -> ValidatedSettings.read(RecomputeConfig.class,
                Map.of("perfeval.recompute.debounce", "0s")))
                .isInstanceOf(ConfigValidationException.class).hasMessageContaining("perfeval.recompute.debounce");
    }

    @Test
    void aBurstOfNoEventsFailsNamingTheProperty() {
        assertThatThrownBy(() -> ValidatedSettings.read(RecomputeConfig.class,
                Map.of("perfeval.recompute.burst-events", "0")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("perfeval.recompute.burst-events");
    }
}
