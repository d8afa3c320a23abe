package cn.perfeval.testinfra;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One KRaft server of a {@link KafkaCluster}, acting as broker and controller, running inside this JVM. Its storage
 * is formatted on first start; stopping and starting it again keeps the data.
 */
final class KafkaNode {

    private final int nodeId;
    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    KafkaNode(int nodeId, Path dataDir, int port) {
        this.nodeId = nodeId;
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = KafkaBroker.freePort();
    }

    /** This node's entry in {@code controller.quorum.voters}. */
    String voter() {
        return nodeId + "@127.0.0.1:" + controllerPort;
    }

    int port() {
        return port;
    }

    /**
     * Starts the server; with more than one voter this returns only once a quorum of controllers runs, so the nodes
     * of a cluster start on separate threads.
     */
    synchronized void start(String voters, String clusterId, int replicationFactor) {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            KafkaConfig config = new KafkaConfig(properties(voters, replicationFactor), false);
            formatIfNeeded(clusterId);
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka node " + nodeId + " did not start on port " + port + ": "
                    + e.getMessage(), e);
        }
    }

    synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    synchronized boolean running() {
        return server != null;
    }

    /**
     * The durability settings follow the cluster's size: internal topics and new topics get {@code replicationFactor}
     * replicas, and a write with acks=all needs two in-sync replicas once there are three.
     */
    private Properties properties(String voters, int replicationFactor) {
        String factor = String.valueOf(replicationFactor);
        String minInSync = String.valueOf(Math.min(2, replicationFactor));
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(nodeId));
        p.put("controller.quorum.voters", voters);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDir.toAbsolutePath().toString());
        p.put("num.partitions", "3");
        p.put("default.replication.factor", factor);
        p.put("min.insync.replicas", minInSync);
        p.put("offsets.topic.replication.factor", factor);
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", factor);
        p.put("transaction.state.log.min.isr", minInSync);
        p.put("share.coordinator.state.topic.replication.factor", factor);
        p.put("share.coordinator.state.topic.min.isr", minInSync);
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("log.flush.interval.messages", "1");
        return p;
    }

    private void formatIfNeeded(String clusterId) throws Exception {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setClusterId(clusterId)
                .setNodeId(nodeId)
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(dataDir.toAbsolutePath().toString())
                .setDirectories(List.of(dataDir.toAbsolutePath().toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }
}
