package cn.perfeval.testinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * PostgreSQL 15 from Maven Central binaries, started as a child process. As root it runs under {@code unshare}
 * (zonky does this), because PostgreSQL refuses to run as root.
 */
public final class EmbeddedPostgresServer implements PostgresServer {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts on {@code port} (0 = any free port), keeping data in {@code dataDir} between runs. Tests pass
     * {@code durable = false}: without fsync the suite runs faster, and its data is thrown away anyway.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean durable) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.resolve("pgdata"))
                    .setOverrideWorkingDirectory(dataDir.resolve("pgbin").toFile())
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300");
            if (!durable) {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String adminJdbcUrl() {
        return jdbcUrl("postgres");
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "postgres";
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public String description() {
        return "embedded PostgreSQL 15 on port " + postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
