package cn.perfeval.localstack;

import cn.perfeval.testinfra.KafkaBroker;
import cn.perfeval.testinfra.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Starts the stack for an end-to-end test on free ports and a fresh data folder under target/. */
public final class RunningStack {

    private RunningStack() {
    }

    public static Stack start(String name) {
        return start(name, 1, 1);
    }

    /**
     * A stack of {@code brokers} Kafka nodes and {@code instances} processes of each service. The further brokers and
     * instances take the ports after the free ones chosen here ({@link StackOptions#kafkaPorts()},
     * {@link StackOptions#instancePorts(String)}); the stack refuses to start, naming the port, if one is taken.
     */
    public static Stack start(String name, int brokers, int instances) {
        Path project = Path.of(System.getProperty("perfeval.project.dir", "..")).toAbsolutePath().normalize();
        try {
            Path dataDir = Files.createTempDirectory(Files.createDirectories(project.resolve("local-stack/target/e2e")),
                    name + "-");
            Map<String, Integer> ports = new LinkedHashMap<>();
            StackOptions.defaultServicePorts().keySet().forEach(service -> ports.put(service, KafkaBroker.freePort()));
            StackOptions options = new StackOptions(project, dataDir, KafkaBroker.freePort(), 0, ports, false)
                    .scaled(brokers, instances);
            return Stack.start(options, () -> PostgresServer.select(dataDir.resolve("postgres")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
