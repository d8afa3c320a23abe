package cn.perfeval.testinfra.bench;

import cn.perfeval.testinfra.DevTokens;
import cn.perfeval.testinfra.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the separate-process benchmarks share besides {@link ServiceProcess}: options, load, the real infrastructure. */
public final class BenchSupport {

    private BenchSupport() {
    }

    /**
     * Starts (once per JVM) the embedded broker and PostgreSQL the component tests use, and returns the system
     * properties that point a service at them: the broker, a fresh database of this name, and the public key of
     * {@link TestInfrastructure#tokens()} (written to {@code workDir}) so the benchmark's tokens are accepted.
     */
    public static Map<String, String> realInfrastructure(String database, Path workDir) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", TestInfrastructure.kafkaBootstrapServers());
        config.put("quarkus.datasource.jdbc.url", TestInfrastructure.database(database));
        config.put("quarkus.datasource.username", TestInfrastructure.postgresUser());
        config.put("quarkus.datasource.password", TestInfrastructure.postgresPassword());
        config.put("mp.jwt.verify.publickey.location",
                TestInfrastructure.tokens().writePublicKeyPem(workDir.resolve("jwt-public.pem")).toUri().toString());
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        return config;
    }

    /** {@code --name=value} (or a bare {@code --flag}, read as "true") for each argument, in order. */
    public static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("options look like --name=value, got " + arg);
            }
            String[] pair = arg.substring(2).split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        return options;
    }

    /** The 1-, 5- and 15-minute load averages of the machine, as /proc/loadavg gives them. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
