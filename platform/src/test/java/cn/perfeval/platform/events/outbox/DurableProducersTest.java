package cn.perfeval.platform.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/**
 * Every producer of the services waits for all in-sync replicas and is idempotent, so an acknowledged event survives
 * the loss of a broker and a retried send is not written twice: the outbox relay, and SmallRye's (the dead-letter
 * producers, which take the connector's settings; SmallRye's own default is acks=1, which turns idempotence off).
 */
class DurableProducersTest {

    @Test
    void theOutboxRelayWaitsForAllReplicasAndIsIdempotent() {
        SmallRyeConfig settings = new SmallRyeConfigBuilder().withMapping(OutboxConfig.class)
                .withMapping(KafkaConnection.class).withDefaultValue("kafka.bootstrap.servers", "127.0.0.1:9092")
                .build();
        Properties config = new OutboxRelay(null, settings.getConfigMapping(KafkaConnection.class),
                settings.getConfigMapping(OutboxConfig.class)).producerConfig();

        assertThat(config).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    }

    @Test
    void everySmallRyeKafkaProducerWaitsForAllReplicasAndIsIdempotent() throws IOException {
        Properties shared = new Properties();
        try (InputStream file = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            shared.load(file);
        }

        assertThat(shared).containsEntry("mp.messaging.connector.smallrye-kafka.acks", "all")
                .containsEntry("mp.messaging.connector.smallrye-kafka.enable.idempotence", "true");
    }
}
