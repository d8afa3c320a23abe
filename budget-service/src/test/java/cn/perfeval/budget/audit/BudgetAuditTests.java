package cn.perfeval.budget.audit;

import static cn.perfeval.budget.BudgetServiceTestSupport.JSON;
import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static cn.perfeval.budget.BudgetServiceTestSupport.reviewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.budget.SeedBudget;
import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.WriteOperations;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The audit trail of budget-service: every write of an evaluation's inputs (each operation of the OpenAPI document
 * but the two that are no such write) records an entry valid against audit-entry-v1; an ERP push records a summary
 * of the ledger (lines, total, digest) marked truncated instead of the lines; a refused write records nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class BudgetAuditTests {

    /** Not a write of one evaluation's inputs: a holiday calendar (all departments) and a what-if storing nothing. */
    private static final Set<String> NOT_EVALUATION_WRITES = Set.of("publish", "preview");
    private static final EventSchemas SCHEMAS = EventSchemas.published();

    @Test
    void everyWriteOfTheInputsRecordsAnEntryAndAPushRecordsALedgerSummary() throws Exception {
        String dept = "AUDITBUD";
        String erp = erpOf(dept);
        SeedBudget.ledger(erp, dept);
        SeedBudget.statedFacts(erp, dept);
        writeTheRest(erp, dept);

        List<JsonNode> entries = entries(dept);
        Set<String> operations = new TreeSet<>();
        entries.forEach(entry -> operations.add(entry.path("data").path("operation").asText()));
        Set<String> writes = new TreeSet<>(WriteOperations.of(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString()));
        writes.removeAll(NOT_EVALUATION_WRITES);
        assertThat(operations).isEqualTo(writes);
        assertThat(entries).allSatisfy(entry -> assertThat(SCHEMAS.validateEvent(entry)).as(entry.toString()).isEmpty());

        JsonNode push = only(entries, "push");
        assertThat(push.path("channel").asText()).isEqualTo("ERP_PUSH");
        assertThat(push.path("role").asText()).isEqualTo("erp-integration");
        assertThat(push.path("entityType").asText()).isEqualTo("budget-expenditures");
        assertThat(push.path("entityId").asText()).isEqualTo(dept + ":2023");
        assertThat(push.path("truncated").asBoolean()).isTrue();
        assertThat(push.path("before").path("lines").asLong()).isZero();
        JsonNode ledger = push.path("after").path("ledger");
        assertThat(ledger.path("lines").asLong()).isEqualTo(push.path("after").path("written").asLong()).isPositive();
        assertThat(ledger.path("totalAmount").decimalValue()).isPositive();
        assertThat(ledger.path("sha256").asText()).hasSize(64);
        assertThat(push.toString().getBytes(StandardCharsets.UTF_8).length).isLessThan(2_000);

        JsonNode appropriations = only(entries, "replaceAppropriations");
        assertThat(appropriations.path("action").asText()).isEqualTo("CREATE");
        assertThat(appropriations.path("after").get(0).path("lineId").asText()).isEqualTo("APP-01");
        assertThat(only(entries, "importContracts").path("channel").asText()).isEqualTo("IMPORT");
        assertThat(only(entries, "clearBureauRate").path("action").asText()).isEqualTo("DELETE");
        assertThat(only(entries, "clearBureauRate").path("role").asText()).isEqualTo("bureau-reviewer");
        assertThat(only(entries, "putBureauRate").path("after").path("ratePercent").decimalValue())
                .isEqualByComparingTo(new BigDecimal("95.40"));
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        String dept = "AUDITBUD2";
        long before = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("topic", "audit-events"));
        as(erpOf(dept)).body("[{\"lineId\":\"APP-01\",\"source\":\"NO_SUCH_SOURCE\",\"amount\":1}]")
                .put(base(dept, 2023) + "/budget/appropriations").then().statusCode(400);
        as(erpOf("OTHER")).body("[]").put(base(dept, 2023) + "/budget/appropriations").then().statusCode(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("topic", "audit-events"))).isEqualTo(before);
    }

    private static void writeTheRest(String erp, String dept) {
        String budget = base(dept, 2023) + "/budget";
        String procurement = base(dept, 2023) + "/procurement";
        StringBuilder months = new StringBuilder("[");
        for (int month = 1; month <= 12; month++) {
            months.append(month > 1 ? "," : "").append("{\"month\":").append(month).append(",\"ratePercent\":").append(80 + month).append('}');
        }
        as(erp).body(months.append(']').toString()).put(budget + "/monthly-execution").then().statusCode(200);
        as(erp).body("{\"source\":\"2023年度部门决算\",\"annualBudget\":21755.05,\"spent\":21600.00}")
                .put(budget + "/declared-totals").then().statusCode(200);
        as(reviewer()).delete(budget + "/bureau-execution-rate").then().statusCode(204);
        as(erp).body("[{\"projectCode\":\"CG-1\",\"name\":\"运维\",\"disclosedOn\":\"2023-02-01\",\"procurementStartsOn\":\"2023-03-10\"}]")
                .put(procurement + "/intentions").then().statusCode(200);
        as(erp).body("{\"projectCode\":\"CG-2\",\"name\":\"设备\",\"disclosedOn\":\"2023-05-05\",\"procurementStartsOn\":\"2023-06-15\"}")
                .post(procurement + "/intentions").then().statusCode(201);
        as(erp).body("[{\"noticeId\":\"TZ-1\",\"projectCode\":\"CG-1\",\"issuedOn\":\"2023-03-20\"}]")
                .put(procurement + "/award-notices").then().statusCode(200);
        as(erp).body("[{\"contractId\":\"HT-1\",\"projectCode\":\"CG-1\",\"awardNoticeId\":\"TZ-1\",\"signedOn\":\"2023-04-10\",\"filedOn\":\"2023-04-12\",\"amount\":1,\"smeAmount\":1}]")
                .put(procurement + "/contracts").then().statusCode(200);
        as(erp).body("{\"contractId\":\"HT-2\",\"awardNoticeIssuedOn\":\"2023-07-03\",\"signedOn\":\"2023-08-15\",\"filedOn\":\"2023-08-16\",\"amount\":2,\"smeAmount\":2}")
                .post(procurement + "/contracts").then().statusCode(201);
        as(erp).body("[{\"contractId\":\"HT-3\",\"awardNoticeIssuedOn\":\"2023-07-03\",\"signedOn\":\"2023-07-15\",\"filedOn\":\"2023-07-16\",\"amount\":3,\"smeAmount\":3}]")
                .post(procurement + "/contracts/import").then().statusCode(200);
        as(erp).body("[]").put(procurement + "/complaints").then().statusCode(200);
        as(erp).body("{\"reservedAmount\":5,\"awardedAmount\":5,\"source\":\"统计\"}").put(procurement + "/sme-reservation")
                .then().statusCode(200);
    }

    private static JsonNode only(List<JsonNode> entries, String operation) {
        List<JsonNode> found = entries.stream().map(entry -> entry.path("data"))
                .filter(data -> data.path("operation").asText().equals(operation)).toList();
        assertThat(found).as(operation).isNotEmpty();
        return found.get(found.size() - 1);
    }

    private static List<JsonNode> entries(String dept) throws Exception {
        List<OutboxEvent> rows = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "topic = ?1 and eventKey = ?2 order by seq", "audit-events", dept + ":2023"));
        List<JsonNode> entries = new ArrayList<>();
        for (OutboxEvent row : rows) {
            entries.add(JSON.readTree(row.payload));
        }
        return entries;
    }
}
