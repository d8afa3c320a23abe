package cn.perfeval.platform.events.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/**
 * The broker a service's own Kafka clients connect to (the outbox relay, scoring-service's projection rebuild): the
 * same {@code kafka.bootstrap.servers} the SmallRye Kafka channels use, set once in platform's shared config and
 * overridden by {@code KAFKA_BOOTSTRAP_SERVERS}.
 */
@ConfigMapping(prefix = "kafka")
public interface KafkaConnection {

    /** Comma-separated {@code host:port} pairs. */
    @WithName("bootstrap.servers")
    String bootstrapServers();
}
