package cn.perfeval.testinfra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.testinfra.bench.BenchmarksJson.Figure;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarksJsonTest {

    @TempDir
    Path directory;

    @Test
    void recordingANameAgainReplacesItsEntryAndKeepsTheOthers() {
        BenchmarksJson file = new BenchmarksJson(directory.resolve("benchmarks.json"));
        file.record(figure("burst.recomputes", "52"));
        file.record(figure("page.p99Ms", "1040"));
        file.record(figure("burst.recomputes", "12"));

        assertThat(file.read()).hasSize(2);
        assertThat(file.read().get(0).path("name").asText()).isEqualTo("burst.recomputes");
        assertThat(file.read().get(0).path("value").decimalValue()).isEqualByComparingTo("12");
        assertThat(file.read().get(1).path("value").decimalValue()).isEqualByComparingTo("1040");
        assertThat(file.read().get(1).fieldNames()).toIterable()
                .containsExactly("name", "value", "unit", "commit", "date", "load");
    }

    @Test
    void aFileThatIsNotAListIsReportedNotOverwritten() throws IOException {
        Path path = directory.resolve("benchmarks.json");
        Files.writeString(path, "{\"name\": \"x\"}");

        assertThatThrownBy(() -> new BenchmarksJson(path).record(figure("a", "1")))
                .hasMessageContaining("not a JSON list");
        assertThat(Files.readString(path)).isEqualTo("{\"name\": \"x\"}");
    }

    private static Figure figure(String name, String value) {
        return new Figure(name, new BigDecimal(value), "count", "abc1234", "2026-12-03", new BigDecimal("0.5"));
    }
}
