package cn.perfeval.testinfra;

import java.nio.file.Path;

/**
 * The real Kafka broker, PostgreSQL server and token keys shared by every test in one JVM, started on first use.
 *
 * <p>Quarkus may load this class in more than one class loader during a test run; the addresses are therefore
 * published as system properties and a second loader reuses them instead of starting a second broker.
 */
public final class TestInfrastructure {

    private static final String KAFKA = "perfeval.test.kafka.bootstrap";
    private static final String PG_URL = "perfeval.test.pg.admin-url";
    private static final String PG_USER = "perfeval.test.pg.user";
    private static final String PG_PASSWORD = "perfeval.test.pg.password";
    private static final String KEYS = "perfeval.test.keys-dir";

    private static KafkaBroker broker;
    private static PostgresServer postgres;

    private TestInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        String existing = System.getProperty(KAFKA);
        if (existing != null) {
            return existing;
        }
        broker = KafkaBroker.onFreePort(PostgresServer.tempDir("perfeval-kafka-")).start();
        System.setProperty(KAFKA, broker.bootstrapServers());
        return broker.bootstrapServers();
    }

    /** Creates (if needed) the named database and returns its JDBC URL. */
    public static synchronized String database(String name) {
        if (System.getProperty(PG_URL) == null) {
            postgres = PostgresServer.select(PostgresServer.tempDir("perfeval-pg-"));
            System.setProperty(PG_URL, postgres.adminJdbcUrl());
            System.setProperty(PG_USER, postgres.username());
            System.setProperty(PG_PASSWORD, postgres.password());
        }
        PostgresServer server = postgres != null ? postgres
                : new ExternalPostgres(System.getProperty(PG_URL), postgresUser(), postgresPassword());
        return server.createDatabase(name);
    }

    public static String postgresUser() {
        return System.getProperty(PG_USER);
    }

    public static String postgresPassword() {
        return System.getProperty(PG_PASSWORD);
    }

    public static synchronized DevTokens tokens() {
        String dir = System.getProperty(KEYS);
        if (dir == null) {
            dir = PostgresServer.tempDir("perfeval-keys-").toString();
            System.setProperty(KEYS, dir);
        }
        return DevTokens.persistentIn(Path.of(dir));
    }
}
