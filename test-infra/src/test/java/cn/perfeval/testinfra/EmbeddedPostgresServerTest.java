package cn.perfeval.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void servesARealPostgres15AndKeepsDataAcrossRestarts() throws Exception {
        String url;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, true)) {
            url = server.createDatabase("probe");
            try (Connection c = DriverManager.getConnection(url, server.username(), server.password())) {
                c.createStatement().execute("CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('yes')");
                ResultSet version = c.createStatement().executeQuery("SHOW server_version");
                version.next();
                assertThat(version.getString(1)).startsWith("15.");
            }
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, true);
                Connection c = DriverManager.getConnection(server.createDatabase("probe"), server.username(), server.password())) {
            ResultSet kept = c.createStatement().executeQuery("SELECT v FROM kept");
            assertThat(kept.next()).isTrue();
            assertThat(kept.getString(1)).isEqualTo("yes");
        }
    }
}
