package cn.perfeval.testinfra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Real Apache Kafka in KRaft mode inside this JVM: one or more nodes, each acting as broker and controller.
 *
 * <p>Every node is both, rather than three dedicated controllers beside three brokers, because that halves the
 * servers (and threads) this 2-core machine runs, and a combined node is also what a small production cluster runs:
 * three voters keep a quorum when one node is lost, which is exactly what {@link #stopNode(int)} tests. A cluster of
 * three replicates every topic three times (internal topics included) with {@code min.insync.replicas=2}, so an
 * acknowledged write with {@code acks=all} survives the loss of any one node.
 */
public class KafkaCluster implements AutoCloseable {

    /** The most replicas a topic gets; a larger cluster spreads partitions, it does not add copies. */
    public static final int MAX_REPLICATION_FACTOR = 3;

    private final List<KafkaNode> nodes = new ArrayList<>();
    private final String voters;
    private final String clusterId = Uuid.randomUuid().toString();

    /** A cluster whose node {@code i} keeps its data in {@code dataDir/node-i} (one node: in dataDir itself). */
    public KafkaCluster(Path dataDir, List<Integer> ports) {
        for (int i = 0; i < ports.size(); i++) {
            Path nodeDir = ports.size() == 1 ? dataDir : dataDir.resolve("node-" + i);
            nodes.add(new KafkaNode(i + 1, nodeDir, ports.get(i)));
        }
        voters = nodes.stream().map(KafkaNode::voter).collect(Collectors.joining(","));
    }

    public static KafkaCluster onFreePorts(Path dataDir, int size) {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ports.add(KafkaBroker.freePort());
        }
        return new KafkaCluster(dataDir, ports);
    }

    /** Starts every stopped node (together: each waits for a quorum) and waits until all serve as brokers. */
    public KafkaCluster start() {
        onEachNode(nodes, node -> node.start(voters, clusterId, replicationFactor()));
        awaitBrokers(nodes.size());
        return this;
    }

    /** Stops every node, all at once, so no node waits for a controller that has already gone. */
    public void stop() {
        onEachNode(nodes, KafkaNode::stop);
    }

    @Override
    public void close() {
        stop();
    }

    /** Takes node {@code index} (0-based) away, as if its machine stopped; the others carry on. */
    public void stopNode(int index) {
        nodes.get(index).stop();
    }

    /** Brings node {@code index} back with its data and waits until it serves as a broker again. */
    public void startNode(int index) {
        nodes.get(index).start(voters, clusterId, replicationFactor());
        awaitBrokers(nodes.size());
    }

    public int size() {
        return nodes.size();
    }

    public int replicationFactor() {
        return Math.min(MAX_REPLICATION_FACTOR, nodes.size());
    }

    /** Every node's address, so that a client finds the cluster while any one node is away. */
    public String bootstrapServers() {
        return nodes.stream().map(node -> "127.0.0.1:" + node.port()).collect(Collectors.joining(","));
    }

    /** Creates topics up front, so consumers never race topic auto-creation; each gets the cluster's replication. */
    public void createTopics(Set<String> topics, int partitions) {
        try (Admin admin = admin()) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) replicationFactor())))
                            .all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create topics " + topics, e);
        }
    }

    int port(int index) {
        return nodes.get(index).port();
    }

    private void awaitBrokers(int expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Admin admin = admin()) {
            while (admin.describeCluster().nodes().get(60, TimeUnit.SECONDS).size() < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Fewer than " + expected + " Kafka brokers registered in 60 s");
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for Kafka brokers", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka cluster did not answer: " + e.getMessage(), e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000"));
    }

    private static void onEachNode(Collection<KafkaNode> nodes, Consumer<KafkaNode> action) {
        if (nodes.size() == 1) {
            action.accept(nodes.iterator().next());
            return;
        }
        CompletableFuture.allOf(nodes.stream()
                .map(node -> CompletableFuture.runAsync(() -> action.accept(node), runnable -> new Thread(runnable,
                        "kafka-node").start()))
                .toArray(CompletableFuture[]::new)).join();
    }
}
