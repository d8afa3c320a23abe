package cn.perfeval.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The server's body limit, {@code quarkus.http.limits.max-body-size} (Vert.x refuses a larger body), read here so
 * that {@link RequestLimits} answers the refusal with a problem naming it.
 */
@ConfigMapping(prefix = "quarkus.http.limits")
public interface BodyLimit {

    /** A size such as {@code 10M}; Quarkus's default is 10240K. */
    @WithDefault("10240K")
    MemorySize maxBodySize();
}
