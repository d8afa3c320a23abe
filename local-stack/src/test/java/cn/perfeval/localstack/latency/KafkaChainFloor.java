package cn.perfeval.localstack.latency;

import cn.perfeval.testinfra.KafkaCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The floor of the end-to-end latency: the same three hops as indicator → scoring → report with nothing but
 * kafka-clients on the same broker — produce; consume and produce again; consume and produce again; consume — with
 * the producer settings of the services' outbox relay ({@code platform/…/OutboxRelay}: acks=all, idempotence,
 * linger 1 ms, lz4) and the consumers' settings (SmallRye's defaults, which the services keep: fetch.min.bytes 1,
 * fetch.max.wait.ms 500, no auto-commit) and payloads of the real events' sizes. No database, no service: what
 * the broker and the clients cost by themselves.
 */
final class KafkaChainFloor implements AutoCloseable {

    private static final List<String> TOPICS = List.of("floor-indicator", "floor-score", "floor-report");

    private final String bootstrapServers;
    private final List<Relay> relays = new ArrayList<>();
    private final KafkaProducer<String, String> first;
    private final KafkaConsumer<String, String> last;
    private final String payload;

    /** {@code payloads}: what each hop sends (the indicator event, the scorecard event, the report's answer). */

    KafkaChainFloor(KafkaCluster broker, List<String> payloads) {
        this.bootstrapServers = broker.bootstrapServers();
        broker.createTopics(Set.copyOf(TOPICS), 3);
        first = producer();
        last = consumer(TOPICS.get(2));
        relays.add(new Relay(consumer(TOPICS.get(0)), producer(), TOPICS.get(1), payloads.get(1)));
        relays.add(new Relay(consumer(TOPICS.get(1)), producer(), TOPICS.get(2), payloads.get(2)));
        relays.forEach(Relay::start);
        payload = payloads.get(0);
    }

    /** One event through the three hops; returns the microseconds from the first send to the last arrival. */
    long once(String key) throws Exception {
        long started = TopicWatcher.nowMicros();
        first.send(new ProducerRecord<>(TOPICS.get(0), key, payload)).get();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : last.poll(Duration.ofMillis(500))) {
                if (record.key().equals(key)) {
                    return TopicWatcher.nowMicros() - started;
                }
            }
        }
        throw new AssertionError("the floor chain lost event " + key);
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "1", ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new StringSerializer());
    }

    private KafkaConsumer<String, String> consumer(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "floor-" + topic + "-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.assignment().forEach(consumer::position);
        return consumer;
    }

    @Override
    public void close() throws InterruptedException {
        for (Relay relay : relays) {
            relay.stop();
        }
        first.close();
        last.close();
    }

    /** Consumes one topic and produces each record's key on to the next, as a service does with its outbox. */
    private static final class Relay {
        private final KafkaConsumer<String, String> consumer;
        private final KafkaProducer<String, String> producer;
        private final String nextTopic;
        private final String payload;
        private final Thread thread;

        Relay(KafkaConsumer<String, String> consumer, KafkaProducer<String, String> producer, String nextTopic,
              String payload) {
            this.consumer = consumer;
            this.producer = producer;
            this.nextTopic = nextTopic;
            this.payload = payload;
            this.thread = new Thread(this::run, "floor-" + nextTopic);
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void run() {
            try {
                while (true) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                        producer.send(new ProducerRecord<>(nextTopic, record.key(), payload)).get();
                    }
                }
            } catch (WakeupException e) {
                // stopping
            } catch (Exception e) {
                throw new IllegalStateException("floor relay to " + nextTopic + " failed", e);
            } finally {
                consumer.close();
                producer.close();
            }
        }

        void stop() throws InterruptedException {
            consumer.wakeup();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
    }
}
