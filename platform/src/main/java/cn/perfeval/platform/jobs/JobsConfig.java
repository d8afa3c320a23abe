package cn.perfeval.platform.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * How each instance works off background jobs ({@link JobRunner}, {@link JobBatches}). A value out of range fails
 * startup, naming the property.
 */
@ConfigMapping(prefix = "perfeval.jobs")
public interface JobsConfig {

    /** How often an idle runner looks for jobs another instance started (a duration: {@code PT1S}, {@code 1s}). */
    @WithDefault("PT1S")
    @DurationMin(millis = 10)
    Duration pollInterval();

    /**
     * Runner threads per instance: 2 by default, as a batch waits on the database about as long as it computes. Each
     * holds a database connection while it works, so keep it well below {@code quarkus.datasource.jdbc.max-size}.
     */
    @WithDefault("2")
    @Min(1)
    @Max(16)
    int threads();

    /** Items claimed and processed in one transaction (a number of items). */
    @WithDefault("50")
    @Min(1)
    @Max(10_000)
    int batchSize();
}
