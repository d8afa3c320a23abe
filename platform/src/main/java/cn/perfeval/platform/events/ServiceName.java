package cn.perfeval.platform.events;

import io.smallrye.config.ConfigMapping;

/**
 * The service's name, {@code quarkus.application.name} in its application.properties: the source of its events
 * ({@code /indicator-service}) and the service of its audit entries.
 */
@ConfigMapping(prefix = "quarkus.application")
public interface ServiceName {

    /** e.g. {@code scoring-service}. */
    String name();
}
