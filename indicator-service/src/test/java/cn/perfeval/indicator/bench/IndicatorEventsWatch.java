package cn.perfeval.indicator.bench;

import static cn.perfeval.indicator.messaging.IndicatorTopic.INDICATOR_CHANGED;
import static cn.perfeval.indicator.messaging.IndicatorTopic.TOPIC;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads indicator-events from where they end when {@link #markEnd} was called, as a consumer of the topic would,
 * and collects the ids of the indicators whose "changed" events carry one evaluation's key. An import's figure ends
 * when the last of its indicators is on the broker, which is what a consumer can see.
 */
final class IndicatorEventsWatch implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;

    IndicatorEventsWatch(String bootstrapServers) {
        ensureTopic(bootstrapServers);
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
    }

    /** Events from now on count; what is on the topic already does not. */
    void markEnd() {
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
    }

    /**
     * Reads until {@code expected} distinct indicators of {@code key} ("dept:year") arrived, or fails after
     * {@code patience} without a new one; a changed event of an indicator not in {@code expectedIds} also fails.
     *
     * @return the nanoTime at which the last one was read
     */
    long awaitChanged(String key, Set<String> expectedIds, Duration patience) {
        Set<String> seen = new HashSet<>();
        long lastArrival = System.nanoTime();
        while (seen.size() < expectedIds.size()) {
            int before = seen.size();
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                collect(record, key, expectedIds, seen);
            }
            if (seen.size() > before) {
                lastArrival = System.nanoTime();
            } else if (System.nanoTime() - lastArrival > patience.toNanos()) {
                throw new IllegalStateException("only " + seen.size() + " of " + expectedIds.size()
                        + " indicator events of " + key + " arrived on " + TOPIC + " (none for " + patience + ")");
            }
        }
        return lastArrival;
    }

    private static void collect(ConsumerRecord<String, String> record, String key, Set<String> expectedIds,
                                Set<String> seen) {
        if (!key.equals(record.key())) {
            return;
        }
        JsonNode event = read(record.value());
        if (!INDICATOR_CHANGED.equals(event.path("type").asText())) {
            return;
        }
        String id = event.path("data").path("id").asText();
        if (!expectedIds.contains(id)) {
            throw new IllegalStateException("an event for indicator " + id + ", which the import did not report: " + record.value());
        }
        seen.add(id);
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The topic exists before the service's first event, so the watch can be placed at its end. */
    private static void ensureTopic(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + TOPIC, e);
            }
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("cannot create " + TOPIC, e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
