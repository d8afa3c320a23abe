package cn.perfeval.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Where the stack keeps its data and which ports it uses. Defaults: services on 8081-8084, the workbench on 8080,
 * Kafka on 19092, PostgreSQL on 15432, data under {@code .local-stack/} in the project.
 *
 * @param workbenchPort the workbench gateway's port; 0 takes any free port
 * @param brokers how many Kafka nodes (KRaft, broker and controller each) on kafkaPort, kafkaPort + 1, ...
 * @param instances how many processes of each service, the first on its port in servicePorts, the next ones
 *     {@link #INSTANCE_PORT_STEP} further each
 */
public record StackOptions(Path projectDir, Path dataDir, int kafkaPort, int postgresPort,
        Map<String, Integer> servicePorts, boolean durable, int workbenchPort, int brokers, int instances) {

    /** The port distance between two instances of a service: 8083, 8093, ... for scoring-service. */
    public static final int INSTANCE_PORT_STEP = 10;
    public static final int MAX_BROKERS = 5;
    public static final int MAX_INSTANCES = 4;

    public static final int DEFAULT_WORKBENCH_PORT = 8080;

    public static final String INDICATOR = "indicator-service";
    public static final String BUDGET = "budget-service";
    public static final String SCORING = "scoring-service";
    public static final String REPORT = "report-service";

    public StackOptions {
        servicePorts = Map.copyOf(servicePorts);
        if (brokers < 1 || brokers > MAX_BROKERS || instances < 1 || instances > MAX_INSTANCES) {
            throw new StackException("Brokers must be 1-" + MAX_BROKERS + " and instances 1-" + MAX_INSTANCES
                    + ", not " + brokers + " and " + instances);
        }
    }

    /** The options of a test's stack: the workbench on any free port, one broker, one instance of each service. */
    public StackOptions(Path projectDir, Path dataDir, int kafkaPort, int postgresPort, Map<String, Integer> servicePorts,
            boolean durable) {
        this(projectDir, dataDir, kafkaPort, postgresPort, servicePorts, durable, 0, 1, 1);
    }

    /** The same stack with {@code brokers} Kafka nodes and {@code instances} processes of each service. */
    public StackOptions scaled(int brokers, int instances) {
        return new StackOptions(projectDir, dataDir, kafkaPort, postgresPort, servicePorts, durable, workbenchPort,
                brokers, instances);
    }

    /** The Kafka nodes' ports, one after another from kafkaPort. */
    public List<Integer> kafkaPorts() {
        return IntStream.range(0, brokers).mapToObj(i -> kafkaPort + i).toList();
    }

    /** The ports of a service's instances, the first one's first. */
    public List<Integer> instancePorts(String service) {
        int first = servicePorts.get(service);
        return IntStream.range(0, instances).mapToObj(i -> first + i * INSTANCE_PORT_STEP).toList();
    }

    /**
     * Where Kafka keeps its data. A cluster has its own folder: nodes of a different count cannot join the data of
     * another, so changing --brokers starts Kafka empty (use --fresh, or the databases' consumers lose their place).
     */
    public Path kafkaDataDir() {
        return dataDir.resolve(brokers == 1 ? "kafka" : "kafka-" + brokers + "-brokers");
    }

    public static Map<String, Integer> defaultServicePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(INDICATOR, 8081);
        ports.put(BUDGET, 8082);
        ports.put(SCORING, 8083);
        ports.put(REPORT, 8084);
        return ports;
    }

    public Path serviceJar(String service) {
        return projectDir.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The built web app ({@code npm run build} in workbench/web writes it there). */
    public Path workbenchWebRoot() {
        return projectDir.resolve("workbench/target/web");
    }

    /** The database of a service: its name without "-service" (indicator, budget, scoring, report). */
    public static String databaseOf(String service) {
        return service.replace("-service", "");
    }
}
