package cn.perfeval.testinfra;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

/**
 * A real Apache Kafka broker in KRaft mode (one node acting as broker and controller), running inside this JVM: a
 * {@link KafkaCluster} of one. {@link #stop()} and {@link #start()} again keep the data, which is how tests take the
 * broker away and bring it back.
 */
public final class KafkaBroker extends KafkaCluster {

    public KafkaBroker(Path dataDir, int port) {
        super(dataDir, List.of(port));
    }

    public static KafkaBroker onFreePort(Path dataDir) {
        return new KafkaBroker(dataDir, freePort());
    }

    @Override
    public KafkaBroker start() {
        super.start();
        return this;
    }

    public int port() {
        return port(0);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
