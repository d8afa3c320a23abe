package cn.perfeval.scoring.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.perfeval.testinfra.EvaluationStates;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The consolidated audit log: entries of several services arriving on audit-events (the real broker) land in one
 * append-only table, once each; the department reads them filtered and paged, newest first, or as CSV for Excel;
 * hostile query parameters are 400 problems; the database refuses to change or delete an entry.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class AuditLogTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventSchemas SCHEMAS = EventSchemas.published();
    private static final int YEAR = 2023;

    @Inject
    AuditEventsConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Test
    void entriesOfTwoServicesLandInTheLogAndAreFilteredAndPagedNewestFirst() throws Exception {
        String dept = "AUDLOG1";
        send(entry(dept, YEAR, "indicator-service", "editor@" + dept, "department-editor", "REST", "reportActual",
                "indicator", "i-1", "2024-01-10T09:00:00+08:00", "cid-1"));
        send(entry(dept, YEAR, "budget-service", "erp@" + dept, "erp-integration", "ERP_PUSH", "push",
                "budget-expenditures", dept + ":" + YEAR, "2024-01-11T09:00:00+08:00", "cid-2"));
        send(entry(dept, null, "indicator-service", "editor@" + dept, "department-editor", "REST", "saveDepartment",
                "department", dept, "2024-01-12T09:00:00+08:00", "cid-3"));
        send(entry(dept, YEAR + 1, "indicator-service", "editor@" + dept, "department-editor", "REST", "replaceGoals",
                "goals", dept + ":" + (YEAR + 1), "2024-01-13T09:00:00+08:00", "cid-4"));
        send(entry("AUDLOGX", YEAR, "indicator-service", "editor@AUDLOGX", "department-editor", "REST", "create",
                "indicator", "i-x", "2024-01-13T09:00:00+08:00", "cid-5"));
        String log = "/api/v1/departments/" + dept + "/years/" + YEAR + "/audit";
        EvaluationStates.await("three entries of " + dept, () -> as(reader(dept)).get(log).then().extract().path("total")
                .equals(3));

        as(reader(dept)).get(log).then().statusCode(200).body("entries.operation",
                equalTo(java.util.List.of("saveDepartment", "push", "reportActual")));
        as(reader(dept)).queryParam("service", "budget-service").get(log).then().body("total", equalTo(1))
                .body("entries[0].after.ledger.lines", equalTo(3)).body("entries[0].truncated", equalTo(true));
        as(reader(dept)).queryParam("channel", "REST").queryParam("entityType", "indicator").queryParam("entityId", "i-1")
                .get(log).then().body("total", equalTo(1)).body("entries[0].subject", equalTo("editor@" + dept));
        as(reader(dept)).queryParam("role", "erp-integration").queryParam("operation", "push").get(log).then()
                .body("total", equalTo(1));
        as(reader(dept)).queryParam("correlationId", "cid-1").get(log).then().body("entries[0].correlationId", equalTo("cid-1"));
        as(reader(dept)).queryParam("subject", "nobody").get(log).then().body("total", equalTo(0));
        as(reader(dept)).queryParam("from", "2024-01-11").queryParam("to", "2024-01-11").get(log).then()
                .body("total", equalTo(1)).body("entries[0].operation", equalTo("push"));
        as(reader(dept)).queryParam("from", "2024-01-11T09:00:00+08:00").get(log).then().body("total", equalTo(2));
        as(reader(dept)).queryParam("size", 2).queryParam("page", 1).get(log).then()
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("entries.operation", equalTo(java.util.List.of("reportActual")));
    }

    @Test
    void aRedeliveredEntryIsStoredOnceAndTheDatabaseRefusesToChangeOrDeleteEntries() throws Exception {
        String dept = "AUDLOG2";
        ObjectNode data = entry(dept, YEAR, "indicator-service", "editor@" + dept, "department-editor", "REST", "create",
                "indicator", "i-2", "2024-02-01T09:00:00+08:00", "cid-2a");
        consumer.onAuditEvent(record(data, 1));
        consumer.onAuditEvent(record(data, 2));
        String log = "/api/v1/departments/" + dept + "/years/" + YEAR + "/audit";
        as(reader(dept)).get(log).then().body("total", equalTo(1));

        for (String change : new String[] {"UPDATE audit_entry SET subject = 'someone else' WHERE department_code = 'AUDLOG2'",
                "DELETE FROM audit_entry WHERE department_code = 'AUDLOG2'"}) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                    entityManager.createNativeQuery(change).executeUpdate()))
                    .hasStackTraceContaining("append-only");
        }
        as(reader(dept)).get(log).then().body("total", equalTo(1)).body("entries[0].subject", equalTo("editor@" + dept));
    }

    @Test
    void theCsvIsForExcelAndNeutralisesFormulasAndQuotes() throws Exception {
        String dept = "AUDLOG3";
        consumer.onAuditEvent(record(entry(dept, YEAR, "indicator-service", "=HYPERLINK(\"http://evil\",\"点我\")",
                "department-editor", "REST", "update", "indicator", "名称,含逗号", "2024-03-01T09:00:00+08:00", "cid-3a"), 1));
        byte[] csv = as(reader(dept)).get("/api/v1/departments/" + dept + "/years/" + YEAR + "/audit.csv")
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFat,service,departmentCode,fiscalYear,subject,");
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\",");
        assertThat(text).contains(",\"名称,含逗号\",");
        assertThat(text.split("\r\n")).hasSize(2);
    }

    @Test
    void hostileQueryParametersAreProblemsAndOtherDepartmentsCannotRead() {
        String log = "/api/v1/departments/AUDLOG4/years/" + YEAR + "/audit";
        for (Map<String, Object> query : java.util.List.<Map<String, Object>>of(Map.of("size", "1000000000"),
                Map.of("size", "0"), Map.of("page", "-1"), Map.of("page", "x"), Map.of("channel", "FAX"),
                Map.of("from", "2024-13-01"), Map.of("to", "yesterday"), Map.of("subject", "a".repeat(201)),
                Map.of("subject", "a\u0000b"), Map.of("entityId", "../../etc"), Map.of("operation", "\u202E"),
                Map.of("from", "2024-02-01", "to", "2024-01-01"))) {
            as(reader("AUDLOG4")).queryParams(query).get(log).then().statusCode(400)
                    .contentType("application/problem+json");
            as(reader("AUDLOG4")).queryParams(query).get(log + ".csv").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as(reader("AUDLOG4")).queryParam("channel", "FAX").get(log).then().body("errors.field", hasItem("channel"));
        as(reader("OTHER")).get(log).then().statusCode(403);
        as(reader("OTHER")).get(log + ".csv").then().statusCode(403);
    }

    private static String reader(String dept) {
        return TestInfrastructure.tokens().token("editor@" + dept, Set.of("department-editor"), Set.of(dept));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    static ObjectNode entry(String dept, Integer year, String service, String subject, String role, String channel,
            String operation, String entityType, String entityId, String at, String correlationId) {
        ObjectNode data = JSON.createObjectNode().put("entryId", UUID.randomUUID().toString()).put("service", service)
                .put("departmentCode", dept).put("subject", subject).put("role", role).put("channel", channel)
                .put("operation", operation).put("entityType", entityType).put("entityId", entityId)
                .put("action", "UPDATE").put("truncated", channel.equals("ERP_PUSH")).put("correlationId", correlationId)
                .put("at", at);
        data.set("fiscalYear", year == null ? JSON.nullNode() : JSON.getNodeFactory().numberNode(year));
        data.set("before", JSON.nullNode());
        data.set("after", channel.equals("ERP_PUSH") ? JSON.createObjectNode().set("ledger",
                JSON.createObjectNode().put("lines", 3)) : JSON.createObjectNode().put("name", entityId));
        return data;
    }

    static String envelope(ObjectNode data) {
        ObjectNode envelope = JSON.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "/" + data.path("service").asText()).put("type", "cn.perfeval.audit.entry-recorded")
                .put("subject", data.path("departmentCode").asText() + "/audit").put("time", data.path("at").asText())
                .put("datacontenttype", "application/json").put("dataschema", "/schemas/audit-entry-v1.json");
        envelope.set("data", data);
        assertThat(SCHEMAS.validateEvent(envelope)).as(envelope.toString()).isEmpty();
        return envelope.toString();
    }

    static ConsumerRecord<String, String> record(ObjectNode data, long offset) {
        return new ConsumerRecord<>("audit-events", 0, offset, data.path("departmentCode").asText() + ":", envelope(data));
    }

    private static void send(ObjectNode data) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("audit-events", data.path("departmentCode").asText() + ":",
                    envelope(data))).get();
        }
    }
}
