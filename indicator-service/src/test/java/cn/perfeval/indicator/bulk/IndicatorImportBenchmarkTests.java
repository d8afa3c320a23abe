package cn.perfeval.indicator.bulk;

import static cn.perfeval.indicator.IndicatorServiceTestSupport.DEPT;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.as;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.editorOf;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a test: imports a generated 10,000-row indicator table through the REST API and prints rows/s and
 * peak heap growth. Runs only when asked for (see BENCHMARKS.md); it asserts that the import worked, never a time.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_bench"))
@EnabledIfSystemProperty(named = "perfeval.benchmarks", matches = "true")
class IndicatorImportBenchmarkTests {

    private static final int ROWS = 10_000;

    @Test
    void importTenThousandRows() {
        String editor = editorOf(DEPT);
        as(editor).body("{\"name\":\"基准测试部门\"}").put("/api/v1/departments/" + DEPT).then().statusCode(200);
        byte[] table = table();
        System.gc();
        long heapBefore = heapUsed();
        resetPeaks();

        long start = System.nanoTime();
        as(editor).config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig
                .httpClientConfig().setParam("http.socket.timeout", 600_000)))
                .contentType("text/csv").body(table).post("/api/v1/departments/" + DEPT + "/years/2090/indicators/imports")
                .then().statusCode(200).body("created", equalTo(ROWS));
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("BENCHMARK indicator import: %d rows (%d KB CSV) in %.1f s = %.0f rows/s; peak heap growth %d MB%n",
                ROWS, table.length / 1024, seconds, ROWS / seconds, (peakHeap() - heapBefore) / (1024 * 1024));
    }

    private static byte[] table() {
        StringBuilder csv = new StringBuilder("一级指标,二级指标,三级指标,实施周期指标值,年度指标值,完成指标值\n");
        for (int i = 0; i < ROWS; i++) {
            String level1 = i % 3 == 0 ? "效益指标" : "产出指标";
            csv.append(level1).append(",分组").append(i / 100).append(",指标").append(i)
                    .append(",≥85%,≥85%,").append(80 + i % 30).append(".5%\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
