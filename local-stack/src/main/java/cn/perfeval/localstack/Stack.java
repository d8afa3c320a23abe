package cn.perfeval.localstack;

import cn.perfeval.testinfra.DevTokens;
import cn.perfeval.testinfra.KafkaCluster;
import cn.perfeval.testinfra.PostgresServer;
import cn.perfeval.workbench.Gateway;
import cn.perfeval.workbench.GatewayConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole system on one machine: a Kafka broker (KRaft, in this JVM), PostgreSQL (its own process, one database
 * per service), the four services as separate processes and the workbench gateway (in this JVM, like the broker),
 * which serves the web app and signs development tokens with the stack's key. Used by {@code ./run.sh} and by the end-to-end tests.
 *
 * <p>Scaled out ({@link StackOptions#brokers()}, {@link StackOptions#instances()}), Kafka is a cluster of that many
 * nodes and each service runs as that many processes: one consumer group, one database, distinct ports. The gateway
 * and {@link #url(String)} use each service's first instance; {@link #instances(String)} lists them all.
 */
public final class Stack implements AutoCloseable {

    /** Every topic the services use, created up front so no consumer races auto-creation. */
    public static final Set<String> TOPICS = Set.of("indicator-events", "budget-events", "procurement-events",
            "score-events", "report-events", "indicator-events.scoring-service.dlq",
            "budget-events.scoring-service.dlq", "procurement-events.scoring-service.dlq",
            "score-events.report-service.dlq", "evaluation-state-events",
            "evaluation-state-events.report-service-releases.dlq", "evaluation-state-events.indicator-service.dlq",
            "evaluation-state-events.budget-service.dlq", "evaluation-state-events.report-service.dlq",
            "report-events.scoring-service.dlq", "audit-events", "audit-events.scoring-service.dlq",
            "monitoring-events", "monitoring-events.report-service.dlq");

    /** Partitions per topic: how many instances of a service can share one topic's work. */
    public static final int TOPIC_PARTITIONS = 3;

    private final StackOptions options;
    private final PostgresServer postgres;
    private final KafkaCluster broker;
    private final DevTokens tokens;
    private final Map<String, List<ServiceProcess>> services = new LinkedHashMap<>();
    private Gateway workbench;

    private Stack(StackOptions options, PostgresServer postgres, KafkaCluster broker, DevTokens tokens) {
        this.options = options;
        this.postgres = postgres;
        this.broker = broker;
        this.tokens = tokens;
    }

    /** Starts everything and waits until every service is ready. On failure, stops what it started. */
    public static Stack start(StackOptions options, java.util.function.Supplier<PostgresServer> postgresFactory) {
        requireFreePorts(options);
        KafkaCluster broker = null;
        PostgresServer postgres = null;
        try {
            broker = new KafkaCluster(options.kafkaDataDir(), options.kafkaPorts()).start();
            broker.createTopics(TOPICS, TOPIC_PARTITIONS);
            postgres = postgresFactory.get();
            DevTokens tokens = DevTokens.persistentIn(options.dataDir().resolve("keys"));
            Stack stack = new Stack(options, postgres, broker, tokens);
            stack.startServices();
            return stack;
        } catch (RuntimeException e) {
            if (broker != null) {
                broker.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            throw e;
        }
    }

    private void startServices() {
        Path publicKey = tokens.writePublicKeyPem(options.dataDir().resolve("keys/dev-jwt-public.pem"));
        try {
            for (String service : options.servicePorts().keySet()) {
                Map<String, String> config = serviceConfig(service, publicKey);
                List<ServiceProcess> instances = new ArrayList<>();
                List<Integer> ports = options.instancePorts(service);
                for (int i = 0; i < ports.size(); i++) {
                    String log = "logs/" + service + (i == 0 ? "" : "-" + (i + 1)) + ".log";
                    instances.add(new ServiceProcess(service, options.serviceJar(service), ports.get(i), config,
                            options.dataDir().resolve(log)).start());
                }
                services.put(service, instances);
            }
            allInstances().forEach(process -> process.awaitReady(Duration.ofMinutes(3 * options.instances())));
            workbench = Gateway.start(workbenchConfig());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** What every instance of a service is given: the same database, brokers, key and peers. */
    private Map<String, String> serviceConfig(String service, Path publicKey) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.createDatabase(StackOptions.databaseOf(service)));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        config.putAll(peersOf(service));
        return config;
    }

    private List<ServiceProcess> allInstances() {
        return services.values().stream().flatMap(List::stream).toList();
    }

    /** The gateway on 127.0.0.1 only: its development sign-in mints tokens for anyone who can reach it. */
    private GatewayConfig workbenchConfig() {
        Map<String, URI> addresses = new LinkedHashMap<>();
        for (String name : GatewayConfig.SERVICE_NAMES) {
            // the services listen on 127.0.0.1 only; "localhost" might resolve to ::1 first
            addresses.put(name, URI.create("http://127.0.0.1:" + service(name + "-service").port()));
        }
        return new GatewayConfig("127.0.0.1", options.workbenchPort(), options.workbenchWebRoot(), addresses,
                Optional.of(DevTokens.privateKeyFile(options.dataDir().resolve("keys"))), DevTokens.ISSUER);
    }

    /** The other services a service calls over HTTP, on the ports this stack gave them. */
    private Map<String, String> peersOf(String service) {
        if (service.equals(StackOptions.SCORING)) {
            // what-ifs with procurement dates ask budget-service to judge them, with actuals as written
            // indicator-service to read them
            return Map.of("quarkus.rest-client.budget.url",
                    "http://127.0.0.1:" + options.servicePorts().get(StackOptions.BUDGET),
                    "quarkus.rest-client.indicator.url",
                    "http://127.0.0.1:" + options.servicePorts().get(StackOptions.INDICATOR));
        }
        return Map.of();
    }

    /** A service's first instance. */
    public ServiceProcess service(String name) {
        return services.get(name).get(0);
    }

    /** Every instance of a service, the first one first. */
    public List<ServiceProcess> instances(String name) {
        return List.copyOf(services.get(name));
    }

    /** The base URL of a service's first instance. */
    public String url(String service) {
        return service(service).baseUrl();
    }

    /** The workbench's one origin: the web app, the APIs under /services/, the development sign-in. */
    public String workbenchUrl() {
        return "http://localhost:" + workbench.port();
    }

    /** The Kafka broker, or cluster of brokers when the stack has several. */
    public KafkaCluster broker() {
        return broker;
    }

    public DevTokens tokens() {
        return tokens;
    }

    public StackOptions options() {
        return options;
    }

    @Override
    public void close() {
        if (workbench != null) {
            workbench.close();
            workbench = null;
        }
        List<ServiceProcess> started = new ArrayList<>(allInstances());
        java.util.Collections.reverse(started);
        started.forEach(ServiceProcess::close);
        broker.close();
        postgres.close();
    }

    private static void requireFreePorts(StackOptions options) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        options.servicePorts().keySet().forEach(service -> options.instancePorts(service)
                .forEach(port -> wanted.put(service + " on " + port, port)));
        options.kafkaPorts().forEach(port -> wanted.put("Kafka on " + port, port));
        wanted.put("workbench", options.workbenchPort());
        wanted.put("PostgreSQL", options.postgresPort());
        wanted.forEach((what, port) -> {
            if (port > 0) {
                try (ServerSocket socket = new ServerSocket(port)) {
                    socket.setReuseAddress(true);
                } catch (IOException e) {
                    throw new StackException("Port " + port + " (" + what + ") is already in use; stop what holds it"
                            + " or choose another port (./run.sh --help)");
                }
            }
        });
    }
}
