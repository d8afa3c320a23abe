package cn.perfeval.report.publication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * How the public pages are kept in memory ({@link PublishedPages}, {@link LatestVersions}). A value out of range
 * fails startup, naming the property.
 */
@ConfigMapping(prefix = "report.public-pages")
public interface PublicPagesConfig {

    /**
     * Public (approved) versions never change, so each version's rendered formats are kept in memory up to this many
     * bytes; Caffeine evicts the least used first. 16 MB by default, an eighth of the 128 MB heap: the seed report is
     * 22 KB as HTML, 8 KB as DOCX and 110 KB as PDF. 0 keeps nothing.
     */
    @WithDefault("16777216")
    @Min(0)
    long cacheBytes();

    /**
     * Which version is the latest is known in memory too: set the moment this instance commits a publication, and
     * re-read from the database when older than this, which bounds how long another instance's publication takes to
     * show here (a duration: {@code 1s}, {@code PT1S}).
     */
    @WithDefault("PT1S")
    @DurationMin
    Duration latestRecheck();
}
