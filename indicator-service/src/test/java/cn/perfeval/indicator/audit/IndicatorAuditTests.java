package cn.perfeval.indicator.audit;

import static cn.perfeval.indicator.IndicatorServiceTestSupport.as;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.editorOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.WriteOperations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The audit trail of indicator-service: every write operation the service offers (read from its OpenAPI document,
 * so a new one must be added here) records an entry in its own transaction — who, in which role, through which
 * channel, the state before and after — valid against audit-entry-v1; a refused write records nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_tests"))
class IndicatorAuditTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventSchemas SCHEMAS = EventSchemas.published();
    private static final String DEPT = "AUDITI";
    private static final int YEAR = 2025;
    private static final String BASE = "/api/v1/departments/" + DEPT + "/years/" + YEAR;

    @Test
    void everyWriteOperationRecordsAnEntryValidAgainstTheSchema() throws Exception {
        String editor = editorOf(DEPT);
        as(editor).body("{\"name\":\"审计单位\"}").put("/api/v1/departments/" + DEPT).then().statusCode(200);
        String id = as(editor).body(indicator("实缴人数", "530万人")).post(BASE + "/indicators")
                .then().statusCode(201).extract().path("id");
        as(editor).body(indicator("实缴人数", "540万人")).put(BASE + "/indicators/" + id).then().statusCode(200);
        as(editor).body("{\"value\":\"534万人\",\"evidenceDocument\":\"年报\"}").put(BASE + "/indicators/" + id + "/actual")
                .then().statusCode(200);
        as(editor).body("{\"asOf\":\"2025-01-31\",\"value\":\"100万人\"}").post(BASE + "/indicators/" + id + "/progress")
                .then().statusCode(200);
        as(editor).body(Map.of("overallGoal", "目标", "keyTasks", List.of())).put(BASE + "/goals").then().statusCode(200);
        as(editor).body(List.of(Map.of("level1", "产出指标", "level2", "数量指标", "name", "导入", "annualTarget", "1万人",
                "actual", "1万人"))).post(BASE + "/indicators/imports").then().statusCode(200);
        as(editor).contentType("text/csv").body("一级指标,二级指标,三级指标,年度指标值,完成指标值\n产出指标,数量指标,表格,2万人,2万人\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(BASE + "/indicators/imports").then().statusCode(200);
        as(editor).delete(BASE + "/indicators/" + id).then().statusCode(204);

        List<JsonNode> entries = entries();
        Set<String> operations = new TreeSet<>();
        entries.forEach(entry -> operations.add(entry.path("data").path("operation").asText()));
        String openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        // importTable and importJson share one path and method, so the document names only one of them
        Set<String> writes = new TreeSet<>(WriteOperations.of(openApi));
        writes.add("importTable");
        // a POST that reads values as written for a what-if and stores nothing: nothing to audit
        writes.remove("readActualsAsWritten");
        assertThat(operations).isEqualTo(writes);
        assertThat(entries).allSatisfy(entry -> assertThat(SCHEMAS.validateEvent(entry)).as(entry.toString()).isEmpty());
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.path("data").path("subject").asText()).isEqualTo("editor@" + DEPT);
            assertThat(entry.path("data").path("role").asText()).isEqualTo("department-editor");
            assertThat(entry.path("data").path("service").asText()).isEqualTo("indicator-service");
        });
        JsonNode actual = only(entries, "reportActual");
        assertThat(actual.path("channel").asText()).isEqualTo("REST");
        assertThat(actual.path("action").asText()).isEqualTo("UPDATE");
        assertThat(actual.path("entityType").asText()).isEqualTo("indicator");
        assertThat(actual.path("entityId").asText()).isEqualTo(id);
        assertThat(actual.path("before").path("actual").isNull() || actual.path("before").path("actual").isMissingNode()).isTrue();
        assertThat(actual.path("after").path("actual").path("text").asText()).isEqualTo("534万人");
        assertThat(only(entries, "importTable").path("channel").asText()).isEqualTo("IMPORT");
        assertThat(only(entries, "delete").path("action").asText()).isEqualTo("DELETE");
        assertThat(only(entries, "saveDepartment").path("fiscalYear").isNull()).isTrue();
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        String editor = editorOf(DEPT);
        as(editor).body("{\"name\":\"审计单位\"}").put("/api/v1/departments/" + DEPT).then().statusCode(200);
        long before = auditRows();
        as(editor).body(indicator("坏指标", "1万人").replace("产出指标", "不存在的指标")).post(BASE.replace("2025", "2024")
                + "/indicators").then().statusCode(400);
        as(editorOf("OTHER")).body(Map.of("overallGoal", "目标", "keyTasks", List.of()))
                .put(BASE.replace("2025", "2024") + "/goals").then().statusCode(403);
        assertThat(auditRows()).isEqualTo(before);
    }

    private static JsonNode only(List<JsonNode> entries, String operation) {
        List<JsonNode> found = entries.stream().map(entry -> entry.path("data"))
                .filter(data -> data.path("operation").asText().equals(operation)).toList();
        assertThat(found).as(operation).isNotEmpty();
        return found.get(found.size() - 1);
    }

    private static List<JsonNode> entries() throws Exception {
        List<OutboxEvent> rows = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "topic = ?1 and (eventKey = ?2 or eventKey = ?3) order by seq", "audit-events", DEPT + ":" + YEAR, DEPT + ":"));
        List<JsonNode> entries = new ArrayList<>();
        for (OutboxEvent row : rows) {
            entries.add(JSON.readTree(row.payload));
        }
        return entries;
    }

    private static long auditRows() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("topic", "audit-events"));
    }

    private static String indicator(String name, String target) {
        return "{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"" + name + "\",\"periodTarget\":\"" + target
                + "\",\"annualTarget\":\"" + target + "\",\"weight\":null,\"calculationNote\":null,\"ordinal\":null}";
    }
}
