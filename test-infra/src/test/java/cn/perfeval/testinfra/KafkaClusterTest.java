package cn.perfeval.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaClusterTest {

    private static final String TOPIC = "cluster-test";

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedRecordIsConsumedAfterOneBrokerIsLost() throws Exception {
        try (KafkaCluster cluster = KafkaCluster.onFreePorts(dataDir, 3).start()) {
            cluster.createTopics(Set.of(TOPIC), 3);
            assertThat(replicasPerPartition(cluster)).containsOnly(3);

            List<String> sent = new ArrayList<>(produce(cluster, "before", 30));
            cluster.stopNode(1);
            sent.addAll(produce(cluster, "during", 30));
            assertThat(consumeAll(cluster, "while-one-is-away", sent.size())).containsExactlyInAnyOrderElementsOf(sent);

            cluster.startNode(1);
            sent.addAll(produce(cluster, "after", 30));
            assertThat(consumeAll(cluster, "after-it-is-back", sent.size())).containsExactlyInAnyOrderElementsOf(sent);
        }
    }

    /** Sends {@code count} records with acks=all, each waited for, keyed so that they spread over the partitions. */
    private static List<String> produce(KafkaCluster cluster, String phase, int count) throws Exception {
        List<String> values = IntStream.range(0, count).mapToObj(i -> phase + "-" + i).toList();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
                new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(TOPIC, "D" + value.hashCode() + ":2023", value)).get();
            }
        }
        return values;
    }

    private static List<String> consumeAll(KafkaCluster cluster, String group, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static List<Integer> replicasPerPartition(KafkaCluster cluster) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            TopicDescription topic = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC);
            return topic.partitions().stream().map(partition -> partition.replicas().size()).toList();
        }
    }
}
