package cn.perfeval.budget.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The body limit of every endpoint but the streamed ERP push ({@link BulkBodyLimits}); the push has the server-wide
 * {@code quarkus.http.limits.max-body-size}, raised to the bulk limit in application.properties.
 */
@ConfigMapping(prefix = "budget.http")
public interface BodyLimitsConfig {

    /** A size such as {@code 10M} (bytes, with K, M or G); a larger body gets a 413 problem. */
    @WithDefault("10M")
    MemorySize ordinaryMaxBodySize();
}
