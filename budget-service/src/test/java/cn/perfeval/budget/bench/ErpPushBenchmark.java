package cn.perfeval.budget.bench;

import static cn.perfeval.testinfra.bench.BenchSupport.loadAverage;

import cn.perfeval.testinfra.DevTokens;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Load from a second process: starts the real broker and PostgreSQL (as the component tests do), the packaged
 * budget-service as its own process with a small fixed heap, and pushes generated ERP expenditure lines to it
 * over loopback, one push at a time, each into a new department. Per push it prints lines/s, the service's CPU
 * time, and its heap from the service's GC log. A first, smaller push warms the service up and is reported
 * separately. After each push the same lines are written by {@link LedgerCopyFloor} (PostgreSQL's COPY straight into
 * the ledger table, the floor), and the push's speed as a share of COPY's is printed and recorded in benchmarks.json
 * as {@code erp.ratioToCopy}. Measures only; nothing here is a test. Run through {@code budget-service/bench/erp-push.sh}.
 *
 * <p>Options: {@code --lines=100000,1000000} (one push per figure), {@code --format=csv|json|csv,json},
 * {@code --heap=128m}, {@code --warmup=20000} (0: none), {@code --jfr} (a flight recording of the service under
 * {@code target/bench/}).
 */
public final class ErpPushBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErpPushBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        List<Integer> pushes = Arrays.stream(options.getOrDefault("lines", "100000").split(",")).map(Integer::parseInt).toList();
        List<String> formats = List.of(options.getOrDefault("format", "csv").split(","));
        String heap = options.getOrDefault("heap", "128m");
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20000"));
        Path project = Path.of(options.getOrDefault("project", ".")).toAbsolutePath().normalize();
        Path workDir = project.resolve("budget-service/target/bench");

        System.out.println("load average at start: " + loadAverage());
        Map<String, String> config = BenchSupport.realInfrastructure("budget_bench", workDir);
        DevTokens tokens = TestInfrastructure.tokens();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (ServiceProcess service = ServiceProcess.start(project, "budget-service", heap, config, workDir,
                options.containsKey("jfr"))) {
            service.awaitReady(http, Duration.ofMinutes(3));
            System.out.printf("budget-service pid %d, -Xms%s -Xmx%s, log and GC log in %s%n", service.pid(), heap, heap, workDir);
            LedgerCopyFloor floor = new LedgerCopyFloor(config.get("quarkus.datasource.jdbc.url"),
                    TestInfrastructure.postgresUser(), TestInfrastructure.postgresPassword());
            int run = 0;
            if (warmup > 0) {
                for (String format : formats) {
                    String dept = "WARM" + run++;
                    push(http, service, tokens, dept, warmup, format, "warm-up");
                    floor.copySeconds(dept + "COPY", warmup);
                }
            }
            FloorRatio recorded = null;
            for (int lines : pushes) {
                for (String format : formats) {
                    String dept = "BENCH" + run++;
                    double seconds = push(http, service, tokens, dept, lines, format, "measured");
                    FloorRatio ratio = new FloorRatio(lines, format, seconds, floor.copySeconds(dept + "COPY", lines));
                    System.out.println(ratio);
                    recorded = ratio.preferredOver(recorded) ? ratio : recorded;
                }
            }
            BenchmarksJson.ofCheckout().record("erp.ratioToCopy", recorded.ratio(), "ratio");
        }
        System.out.println("load average at end: " + loadAverage());
        System.exit(0);
    }

    /**
     * A push against the COPY of the same lines: push lines/s ÷ COPY lines/s, i.e. COPY's time ÷ the push's. The
     * figure recorded is the 1,000,000-line CSV push's if one ran, else the largest push's.
     */
    record FloorRatio(int lines, String format, double pushSeconds, double copySeconds) {

        BigDecimal ratio() {
            return BigDecimal.valueOf(copySeconds / pushSeconds).setScale(2, RoundingMode.HALF_UP);
        }

        boolean preferredOver(FloorRatio other) {
            return other == null || rank() > other.rank();
        }

        private long rank() {
            return lines * 2L + (format.equals("csv") ? 1 : 0);
        }

        @Override
        public String toString() {
            return String.format("floor    %-4s %,9d lines: COPY into expenditure %6.2f s = %,7.0f lines/s; the push "
                    + "reached %s of COPY's speed", format, lines, copySeconds, lines / copySeconds, ratio().toPlainString());
        }
    }

    /** @return the seconds from sending the push to its complete response */
    private static double push(HttpClient http, ServiceProcess service, DevTokens tokens, String dept, int lines,
                             String format, String label) throws IOException, InterruptedException {
        boolean json = format.equals("json");
        String token = tokens.token("bench-erp", Set.of("erp-integration"), Set.of(dept));
        String base = service.baseUrl() + "/api/v1/departments/" + dept + "/years/2023/budget";
        send(http, HttpRequest.newBuilder(URI.create(base + "/projects")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(GeneratedPush.projectsJson())).build());

        long gcMark = service.gcLogMark();
        double cpuBefore = service.cpuSeconds();
        long started = System.nanoTime();
        JsonNode result = send(http, HttpRequest.newBuilder(URI.create(base + "/expenditures"))
                .header("Authorization", "Bearer " + token).header("Content-Type", GeneratedPush.contentType(json))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedPush(lines, json))).build());
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = service.cpuSeconds() - cpuBefore;
        HeapFigures heap = service.heapSince(gcMark);

        if (result.path("accepted").asLong() != lines) {
            throw new IllegalStateException("not every line was accepted: " + result);
        }
        BigDecimal spent = send(http, HttpRequest.newBuilder(URI.create(base + "/summary"))
                .header("Authorization", "Bearer " + token).build()).path("summary").path("spent").decimalValue();
        if (spent.compareTo(GeneratedPush.expectedTotal(lines)) != 0) {
            throw new IllegalStateException("spent " + spent + " is not the pushed total " + GeneratedPush.expectedTotal(lines));
        }
        System.out.printf("%-8s %-4s %,9d lines in %6.2f s = %,7.0f lines/s; service CPU %5.2f s; %s; load %s%n",
                label, format, lines, seconds, lines / seconds, cpu, heap.describe(), loadAverage());
        return seconds;
    }

    private static JsonNode send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " → " + response.statusCode()
                    + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
