package cn.perfeval.testinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.platform.events.outbox.OutboxConfig;
import cn.perfeval.platform.jobs.JobsConfig;
import io.smallrye.config.ConfigValidationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A bad setting of platform's background jobs or outbox stops a service at startup, naming the property, instead of
 * misbehaving later (Quarkus validates every mapping as {@link ValidatedSettings} does).
 */
class PlatformSettingsTest {

    @Test
    void defaultsAreTwoThreadsOfFiftyItemsPolledEverySecond() {
        JobsConfig config = ValidatedSettings.read(JobsConfig.class, Map.of());

        assertThat(config.threads()).isEqualTo(2);
        assertThat(config.batchSize()).isEqualTo(50);
        assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aBatchOfNoItemsFailsNamingTheProperty() {
        assertThatThrownBy(() -> ValidatedSettings.read(JobsConfig.class, Map.of("perfeval.jobs.batch-size", "0")))
                .isInstanceOf(ConfigValidationException.class).hasMessageContaining("perfeval.jobs.batch-size");
    }

    @Test
    void noRunnerThreadFailsNamingTheProperty() {
        assertThatThrownBy(() -> ValidatedSettings.read(JobsConfig.class, Map.of("perfeval.jobs.threads", "0")))
                .isInstanceOf(ConfigValidationException.class).hasMessageContaining("perfeval.jobs.threads");
    }

    @Test
    void aValueThatIsNoDurationFailsNamingTheProperty() {
        assertThatThrownBy(() -> ValidatedSettings.read(JobsConfig.class,
                Map.of("perfeval.jobs.poll-interval", "often")))
                .hasMessageContaining("perfeval.jobs.poll-interval");
    }

    @Test
    void anEventLimitBelowTenKilobytesFailsNamingTheProperty() {
        assertThatThrownBy(() -> ValidatedSettings.read(OutboxConfig.class,
                Map.of("perfeval.outbox.max-event-bytes", "900")))
                .isInstanceOf(ConfigValidationException.class).hasMessageContaining("perfeval.outbox.max-event-bytes");
    }

    @Test
    void outboxDefaultsAreThoseTheReadmeNames() {
        OutboxConfig config = ValidatedSettings.read(OutboxConfig.class, Map.of());

        assertThat(config.maxEventBytes()).isEqualTo(900_000);
        assertThat(config.stuckAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.batchSize()).isEqualTo(500);
    }
}
