package cn.perfeval.indicator.bulk;

import static cn.perfeval.indicator.IndicatorServiceTestSupport.DEPT;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.as;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.awaitTrue;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.editorOf;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.schemaViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.perfeval.indicator.tabular.IndicatorImport;
import cn.perfeval.indicator.tabular.IndicatorTableReader;
import cn.perfeval.indicator.tree.Indicator;
import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_tests"))
class IndicatorImportTests {

    /** 表1 and 表2 of the seed, in order. */
    private static final List<String> SEED_RATES = List.of("100.00", "100.92", "113.82", "115.63", "101.16", "124.56",
            "100.45", "101.01", "104.04", "119.55", "111.11");
    private static final String EDITOR = editorOf(DEPT);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void department() {
        as(EDITOR).body("{\"name\":\"广州住房公积金管理中心\"}").put("/api/v1/departments/" + DEPT).then().statusCode(200);
    }

    @Test
    void theSeedTableImportsFromCsvAndXlsxWithTheSeedsCompletionRates() {
        as(EDITOR).contentType("text/csv").body(seed("indicators-2023.csv")).post(imports(2099))
                .then().statusCode(200).body("committed", equalTo(true)).body("created", equalTo(11));
        assertThat(rates(2099)).containsExactlyElementsOf(SEED_RATES);

        as(EDITOR).contentType(XLSX).body(seed("indicators-2023.xlsx")).post(imports(2097))
                .then().statusCode(200).body("created", equalTo(11));
        assertThat(rates(2097)).containsExactlyElementsOf(SEED_RATES);

        // a corrected table imported again updates, it does not duplicate
        as(EDITOR).contentType("text/csv").body(seed("indicators-2023.csv")).post(imports(2099))
                .then().statusCode(200).body("updated", equalTo(11)).body("created", equalTo(0));
        assertThat(count(2099)).isEqualTo(11);
    }

    @Test
    void oneBadRowRejectsTheWholeTableUnlessPerRowIsAsked() {
        List<Map<String, Object>> rows = List.of(
                Map.of("level1", "产出指标", "level2", "数量指标", "name", "甲", "annualTarget", "≥85%", "actual", "90%"),
                Map.of("level1", "产出指标", "level2", "数量指标", "name", "乙", "annualTarget", "大约很多12月底", "actual", "1"),
                Map.of("level1", "效益指标", "level2", "社会效益", "name", "丙", "annualTarget", "60万人", "actual", "61%"));
        long events = outbox();

        as(EDITOR).body(rows).post(imports(2096))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.row", hasItem(2)).body("errors.row", hasItem(3))
                .body("errors.field", hasItem("年度指标值")).body("detail", containsString("nothing was written"));
        assertThat(count(2096)).isZero();
        assertThat(outbox()).isEqualTo(events);

        as(EDITOR).body(rows).queryParam("mode", "per-row").post(imports(2096))
                .then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(2))
                .body("rows.find { it.row == 1 }.status", equalTo("CREATED"))
                .body("rows.find { it.row == 3 }.status", equalTo("REJECTED"));
        assertThat(count(2096)).isEqualTo(1);
    }

    @Test
    void tenMegabytesOfGarbageIsRejectedNamingTheProblem() {
        byte[] garbage = new byte[10_000_000];
        new Random(7).nextBytes(garbage);
        as(EDITOR).contentType(XLSX).body(garbage).post(imports(2095))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("file"));
        assertThat(count(2095)).isZero();
    }

    @Test
    void anotherDepartmentsTokenCannotImport() {
        as(editorOf("OTHER")).contentType("text/csv").body(seed("indicators-2023.csv")).post(imports(2094))
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(count(2094)).isZero();
    }

    @Test
    void theExportReadsBackAsTables1And2() {
        as(EDITOR).contentType("text/csv").body(seed("indicators-2023.csv")).post(imports(2093)).then().statusCode(200);
        byte[] workbook = as(EDITOR).get("/api/v1/departments/" + DEPT + "/years/2093/indicators/export.xlsx")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();

        IndicatorImport read = new IndicatorTableReader().read(workbook);
        assertThat(read.isClean()).isTrue();
        assertThat(read.rows()).extracting(row -> row.sheet()).containsOnly("表1", "表2");
        assertThat(read.validRows()).extracting(row -> row.name()).hasSize(11).contains("业务大厅服务评价好评率");
    }

    /**
     * A table of several chunks ({@code IndicatorImportBatch} writes 500 rows at a time) is still written as each row
     * alone would be: one changed event per indicator in row order, each valid against indicator-v1 and carrying the
     * stored version, one audit entry per row, the department's event first, and every row relayed to the broker. A
     * second import updates each indicator once more.
     */
    @Test
    void aTableOfSeveralChunksWritesOneEventAndOneAuditEntryPerRowAndRelaysThemAll() {
        int rows = 1_201;
        long before = lastOutboxSeq();
        as(EDITOR).contentType("text/csv").body(table(rows)).post(imports(2092))
                .then().statusCode(200).body("committed", equalTo(true)).body("created", equalTo(rows));
        List<OutboxEvent> written = outboxAfter(before);

        assertThat(written.get(0).eventType).isEqualTo("cn.perfeval.indicator.department.changed");
        List<OutboxEvent> changed = ofType(written, "cn.perfeval.indicator.indicator.changed");
        assertThat(changed).hasSize(rows);
        assertThat(changed).allSatisfy(event -> assertThat(schemaViolations(event)).isEmpty());
        assertThat(changed).extracting(event -> data(event).path("name").asText())
                .containsExactlyElementsOf(IntStream.range(0, rows).mapToObj(i -> "指标" + i).toList());
        assertThat(changed).extracting(event -> data(event).path("version").asLong()).containsOnly(0L);
        assertThat(ofType(written, "cn.perfeval.audit.entry-recorded")).hasSize(rows);
        assertThat(count(2092)).isEqualTo(rows);
        awaitRelayed(before);

        long second = lastOutboxSeq();
        as(EDITOR).contentType("text/csv").body(table(rows)).post(imports(2092))
                .then().statusCode(200).body("updated", equalTo(rows));
        assertThat(ofType(outboxAfter(second), "cn.perfeval.indicator.indicator.changed"))
                .extracting(event -> data(event).path("version").asLong()).hasSize(rows).containsOnly(1L);
        assertThat(count(2092)).isEqualTo(rows);
    }

    private static byte[] table(int rows) {
        StringBuilder csv = new StringBuilder("一级指标,二级指标,三级指标,实施周期指标值,年度指标值,完成指标值\n");
        for (int i = 0; i < rows; i++) {
            csv.append("产出指标,分组").append(i / 100).append(",指标").append(i).append(",≥85%,≥85%,").append(80 + i % 30)
                    .append(".5%\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long lastOutboxSeq() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("order by seq desc")
                .firstResultOptional().map(event -> event.seq).orElse(0L));
    }

    private static List<OutboxEvent> outboxAfter(long seq) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("seq > ?1 order by seq", seq));
    }

    private static List<OutboxEvent> ofType(List<OutboxEvent> events, String type) {
        return events.stream().filter(event -> event.eventType.equals(type)).toList();
    }

    private static JsonNode data(OutboxEvent event) {
        try {
            return JSON.readTree(event.payload).path("data");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The relay marks a row sent only once the broker acknowledged it. */
    private static void awaitRelayed(long afterSeq) {
        awaitTrue(Duration.ofSeconds(60), () -> QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("seq > ?1 and sentAt is null", afterSeq)) == 0);
    }

    private static List<String> rates(int year) {
        return as(EDITOR).queryParam("size", 100).get("/api/v1/departments/" + DEPT + "/years/" + year + "/indicators")
                .then().statusCode(200).extract().jsonPath().getList("items.completion.ratePercent").stream()
                .map(rate -> new java.math.BigDecimal(rate.toString()).setScale(2).toPlainString()).toList();
    }

    private static String imports(int year) {
        return "/api/v1/departments/" + DEPT + "/years/" + year + "/indicators/imports";
    }

    private static long count(int year) {
        return QuarkusTransaction.requiringNew().call(() -> Indicator.count("departmentCode = ?1 and fiscalYear = ?2", DEPT, year));
    }

    private static long outbox() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }

    private static byte[] seed(String file) {
        try (InputStream in = IndicatorImportTests.class.getResourceAsStream("/seed/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
