package cn.perfeval.indicator.bench;

import static cn.perfeval.testinfra.bench.BenchSupport.loadAverage;

import cn.perfeval.testinfra.TestInfrastructure;
import cn.perfeval.testinfra.bench.BenchSupport;
import cn.perfeval.testinfra.bench.BenchmarksJson;
import cn.perfeval.testinfra.bench.ServiceProcess;
import cn.perfeval.testinfra.bench.ServiceProcess.HeapFigures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Load from a second process: starts the real broker and PostgreSQL (as the component tests do), the packaged
 * indicator-service as its own process with a small fixed heap, and imports generated indicator tables (CSV,
 * all-or-nothing) into it over loopback, one at a time, each into a new department. The time of an import runs
 * from sending the table until the last of its indicators' events is on indicator-events (read back by a consumer
 * in this process), so it includes the outbox relay. Each import is checked: the report names every row as
 * created, one event per reported indicator arrived, and the service lists that many indicators; otherwise the
 * benchmark fails. Measures only; nothing here is a test. Run through {@code indicator-service/bench/indicator-import.sh}.
 *
 * <p>Options: {@code --rows=10000,10000,40000} (one import per figure; the first 10,000-row figure is recorded as
 * {@code import.rowsPerSecond}), {@code --heap=128m}, {@code --warmup=2000} (0: none), {@code --jfr}.
 */
public final class IndicatorImportBenchmark {

    static final String FIGURE = "import.rowsPerSecond";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int YEAR = 2023;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ServiceProcess service;
    private final IndicatorEventsWatch events;

    private IndicatorImportBenchmark(ServiceProcess service, IndicatorEventsWatch events) {
        this.service = service;
        this.events = events;
    }

    /** Exits when done or failed: the embedded broker's threads would otherwise keep this JVM (and PostgreSQL) alive. */
    public static void main(String[] args) {
        try {
            run(BenchSupport.options(args));
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Map<String, String> options) throws IOException, InterruptedException {
        List<Integer> imports = Arrays.stream(options.getOrDefault("rows", "10000,10000,40000").split(","))
                .map(Integer::parseInt).toList();
        String heap = options.getOrDefault("heap", "128m");
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "2000"));
        Path project = Path.of(options.getOrDefault("project", ".")).toAbsolutePath().normalize();
        Path workDir = project.resolve("indicator-service/target/bench");

        System.out.println("load average at start: " + loadAverage());
        Map<String, String> config = BenchSupport.realInfrastructure("indicator_bench", workDir);
        BigDecimal recorded = null;
        try (ServiceProcess service = ServiceProcess.start(project, "indicator-service", heap, config, workDir,
                options.containsKey("jfr"));
             IndicatorEventsWatch events = new IndicatorEventsWatch(TestInfrastructure.kafkaBootstrapServers())) {
            IndicatorImportBenchmark benchmark = new IndicatorImportBenchmark(service, events);
            service.awaitReady(benchmark.http, Duration.ofMinutes(3));
            System.out.printf("indicator-service pid %d, -Xms%s -Xmx%s, log and GC log in %s%n", service.pid(), heap, heap, workDir);
            int run = 0;
            if (warmup > 0) {
                benchmark.importTable("WARM" + run++, warmup, "warm-up");
            }
            for (int rows : imports) {
                double rowsPerSecond = benchmark.importTable("BENCH" + run++, rows, "measured");
                if (recorded == null && rows == 10_000) {
                    recorded = BigDecimal.valueOf(rowsPerSecond).setScale(0, RoundingMode.HALF_UP);
                }
            }
        }
        if (recorded != null) {
            BenchmarksJson.ofCheckout().record(FIGURE, recorded, "rows/s");
        }
        System.out.println("load average at end: " + loadAverage());
    }

    /** One checked import; returns rows per second, events included. */
    private double importTable(String dept, int rows, String label) throws IOException, InterruptedException {
        String token = TestInfrastructure.tokens().token("bench-editor", Set.of("department-editor"), Set.of(dept));
        String base = service.baseUrl() + "/api/v1/departments/" + dept;
        send(authorized(URI.create(base), token).PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"基准测试部门 " + dept + "\"}")));
        byte[] table = GeneratedTable.csv(rows);
        events.markEnd();

        long gcMark = service.gcLogMark();
        double cpuBefore = service.cpuSeconds();
        long started = System.nanoTime();
        JsonNode report = send(authorized(URI.create(base + "/years/" + YEAR + "/indicators/imports"), token)
                .setHeader("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(table)));
        double responseSeconds = (System.nanoTime() - started) / 1e9;
        Set<String> ids = createdIds(report, rows);
        double seconds = (events.awaitChanged(dept + ":" + YEAR, ids, PATIENCE) - started) / 1e9;
        double cpu = service.cpuSeconds() - cpuBefore;
        HeapFigures heap = service.heapSince(gcMark);
        requireStored(base, token, rows);

        System.out.printf("%-8s %,7d rows (%,d KB CSV): response %6.2f s, last event %6.2f s = %,7.0f rows/s;"
                        + " service CPU %5.2f s; %s; load %s%n", label, rows, table.length / 1024, responseSeconds,
                seconds, rows / seconds, cpu, heap.describe(), loadAverage());
        return rows / seconds;
    }

    /** The report must name every row as created, each with its own indicator id. */
    private static Set<String> createdIds(JsonNode report, int rows) {
        if (!report.path("committed").asBoolean() || report.path("created").asInt() != rows) {
            throw new IllegalStateException("the import did not create " + rows + " indicators: committed "
                    + report.path("committed") + ", created " + report.path("created") + ", rejected " + report.path("rejected"));
        }
        Set<String> ids = new HashSet<>();
        report.path("rows").forEach(row -> ids.add(row.path("id").asText()));
        if (ids.size() != rows) {
            throw new IllegalStateException("the report names " + ids.size() + " distinct indicators for " + rows + " rows");
        }
        return ids;
    }

    private void requireStored(String base, String token, int rows) throws IOException, InterruptedException {
        long stored = send(authorized(URI.create(base + "/years/" + YEAR + "/indicators?size=1"), token).GET())
                .path("total").asLong();
        if (stored != rows) {
            throw new IllegalStateException("the service lists " + stored + " indicators after importing " + rows);
        }
    }

    private static HttpRequest.Builder authorized(URI uri, String token) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " → " + response.statusCode()
                    + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
