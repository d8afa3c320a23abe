package cn.perfeval.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the stack keeps its data and which ports it uses. Defaults: services on 8081-8084, Kafka on 19092,
 * PostgreSQL on 15432, data under {@code .local-stack/} in the project.
 */
public record StackOptions(Path projectDir, Path dataDir, int kafkaPort, int postgresPort,
        Map<String, Integer> servicePorts, boolean durable) {

    public static final String INDICATOR = "indicator-service";
    public static final String BUDGET = "budget-service";
    public static final String SCORING = "scoring-service";
    public static final String REPORT = "report-service";

    public StackOptions {
        servicePorts = Map.copyOf(servicePorts);
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

    /** The database of a service: its name without "-service" (indicator, budget, scoring, report). */
    public static String databaseOf(String service) {
        return service.replace("-service", "");
    }
}
