package cn.perfeval.localstack.latency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches one topic from its end, as a service's consumer would, and keeps when each event arrived: no polling of a
 * service, so watching costs the services nothing. Each arrival carries the three instants an event has on its way
 * (its outbox row written, its relay's send, its arrival here), which is how the benchmark splits a change's time
 * into hops.
 */
final class TopicWatcher implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event seen: the CloudEvent's {@code time} (the outbox row, in the write's transaction), the record's
     *  timestamp (the relay's send, milliseconds) and the arrival here, all as epoch microseconds. */
    record Arrival(long writtenMicros, long sentMicros, long receivedMicros, String payload) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    TopicWatcher(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::watch, "watch-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    /** The next event whose payload contains {@code text}; events before it are dropped. */
    Arrival awaitContaining(String text, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Arrival arrival = arrivals.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (arrival == null) {
                throw new AssertionError("no event containing " + text + " within " + patience);
            }
            if (arrival.payload().contains(text)) {
                return arrival;
            }
        }
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    private void watch() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    arrivals.add(new Arrival(writtenMicros(record.value()), record.timestamp() * 1_000, nowMicros(),
                            record.value()));
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private static long writtenMicros(String cloudEvent) {
        try {
            JsonNode time = JSON.readTree(cloudEvent).path("time");
            Instant instant = OffsetDateTime.parse(time.asText()).toInstant();
            return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
        } catch (Exception e) {
            throw new AssertionError("not a CloudEvent with a time: " + cloudEvent, e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
