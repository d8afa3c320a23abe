package cn.perfeval.platform.events.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The connector's dead-letter-queue strategy, counting what it moves aside: channels configured with
 * {@code failure-strategy=counted-dead-letter-queue} behave exactly like {@code dead-letter-queue} and add
 * {@code perfeval_events_dead_lettered_total{channel, topic}} to the metrics, so an operator sees poison events
 * arrive without reading the dead-letter topics.
 */
@ApplicationScoped
@Identifier(CountedDeadLetterQueue.STRATEGY)
public class CountedDeadLetterQueue implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "counted-dead-letter-queue";

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private final MeterRegistry registry;

    public CountedDeadLetterQueue(
            @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetterQueue,
            MeterRegistry registry) {
        this.deadLetterQueue = deadLetterQueue;
        this.registry = registry;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler delegate = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        Counter sent = Counter.builder("perfeval.events.dead.lettered")
                .description("Events moved to a dead-letter topic because they could not be processed")
                .tag("channel", config.getChannel())
                .tag("topic", config.getDeadLetterQueueTopic().orElse("dead-letter-topic-" + config.getChannel()))
                .register(registry);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return delegate.handle(record, reason, metadata).invoke(() -> sent.increment());
            }

            @Override
            public void terminate() {
                delegate.terminate();
            }
        };
    }
}
