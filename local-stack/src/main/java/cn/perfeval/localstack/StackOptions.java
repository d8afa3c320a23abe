package cn.perfeval.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the stack keeps its data and which ports it uses. Defaults: services on 8081-8084, the workbench on 8080,
 * Kafka on 19092, PostgreSQL on 15432, data under {@code .local-stack/} in the project.
 *
 * @param workbenchPort the workbench gateway's port; 0 takes any free port
 */
public record StackOptions(Path projectDir, Path dataDir, int kafkaPort, int postgresPort,
        Map<String, Integer> servicePorts, boolean durable, int workbenchPort) {

    public static final int DEFAULT_WORKBENCH_PORT = 8080;

    public static final String INDICATOR = "indicator-service";
    public static final String BUDGET = "budget-service";
    public static final String SCORING = "scoring-service";
    public static final String REPORT = "report-service";

    public StackOptions {
        servicePorts = Map.copyOf(servicePorts);
    }

    /** The options of a test's stack: the workbench on any free port. */
    public StackOptions(Path projectDir, Path dataDir, int kafkaPort, int postgresPort, Map<String, Integer> servicePorts,
            boolean durable) {
        this(projectDir, dataDir, kafkaPort, postgresPort, servicePorts, durable, 0);
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
