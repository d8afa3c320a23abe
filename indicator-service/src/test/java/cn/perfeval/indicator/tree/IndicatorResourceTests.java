package cn.perfeval.indicator.tree;

import static cn.perfeval.indicator.IndicatorServiceTestSupport.DEPT;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.as;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.editorOf;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.reviewer;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.schemaViolations;
import static cn.perfeval.testinfra.FixedToday.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_tests"))
class IndicatorResourceTests {

    private static final int YEAR = 2023;
    private static final String BASE = "/api/v1/departments/" + DEPT + "/years/" + YEAR + "/indicators";
    private static final String EDITOR = editorOf(DEPT);

    @BeforeEach
    void department() {
        as(EDITOR).body("{\"name\":\"广州住房公积金管理中心\",\"functions\":\"负责住房公积金的管理和运作\"}")
                .put("/api/v1/departments/" + DEPT).then().statusCode(200);
    }

    @Test
    void anActualReportedThroughTheApiIsStoredWithItsCompletionAndAnnounced() {
        String id = create("当年广州住房公积金实缴人数", "530万人");
        long outboxBefore = count(() -> OutboxEvent.count("topic", "indicator-events"));

        as(EDITOR).header("X-Correlation-Id", "erp-batch-42")
                .body("{\"value\":\"534.89万人\",\"evidenceDocument\":\"2023年年度报告\"}")
                .put(BASE + "/" + id + "/actual")
                .then().statusCode(200)
                .header("X-Correlation-Id", "erp-batch-42")
                .header("ETag", notNullValue())
                .body("actual.text", equalTo("534.89万人"))
                .body("actual.value.toBigDecimal()", comparesEqualTo(new BigDecimal("5348900")))
                .body("completion.status", equalTo("MET"))
                .body("completion.ratePercent", comparesEqualTo(new BigDecimal("100.92")))
                .body("evidence.reportedBy", containsString("editor"));

        assertThat(count(() -> OutboxEvent.count("topic", "indicator-events"))).isEqualTo(outboxBefore + 1);
        OutboxEvent last = QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.<OutboxEvent>find("topic = ?1 order by seq desc", "indicator-events").firstResult());
        assertThat(last.topic).isEqualTo("indicator-events");
        assertThat(last.eventKey).isEqualTo(DEPT + ":" + YEAR);
        assertThat(last.payload).contains("\"type\":\"cn.perfeval.indicator.indicator.changed\"", "534.89万人");
        assertThat(schemaViolations(last)).isEmpty();
        // the caller's correlation id travels with the event (the relay copies it into the Kafka header)
        assertThat(last.correlationId).isEqualTo("erp-batch-42");
        assertThat(last.payload).contains("\"correlationid\":\"erp-batch-42\"");
    }

    @Test
    void reviewersReadEveryDepartmentButCannotWrite() {
        String id = create("年度住房公积金贷款发放笔数", "4.48万笔");
        as(reviewer()).get(BASE + "/" + id).then().statusCode(200).body("name", equalTo("年度住房公积金贷款发放笔数"));
        as(reviewer()).body("{\"value\":\"5.18万笔\"}").put(BASE + "/" + id + "/actual")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void listsFilterByLevelAndPaginate() {
        create("列表指标甲", "≥85%");
        create("列表指标乙", "≥99%");
        as(EDITOR).queryParam("level1", "产出指标").queryParam("size", 1).get(BASE)
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("size", equalTo(1));
        as(EDITOR).queryParam("level1", "效益指标").get(BASE).then().statusCode(200)
                .body("items.level1", org.hamcrest.Matchers.everyItem(equalTo("BENEFIT")));
    }

    @Test
    void midYearProgressIsRecordedWithItsDateAndBadValuesAreRejected() {
        String id = create("年度住房公积金贷款发放笔数（进度）", "4.48万笔");
        as(EDITOR).body("{\"asOf\":\"2023-06-30\",\"value\":\"2.3万笔\",\"note\":\"半年\"}").post(BASE + "/" + id + "/progress")
                .then().statusCode(200)
                .body("progress[0].asOf", equalTo("2023-06-30"))
                .body("progress[0].value.toBigDecimal()", comparesEqualTo(new BigDecimal("23000")))
                .body("actual", equalTo(null));

        problem(as(EDITOR).body("{\"asOf\":\"2024-01-31\",\"value\":\"5万笔\"}").post(BASE + "/" + id + "/progress"),
                400, "validation").body("errors.field", hasItem("asOf"));
        problem(as(EDITOR).body("{\"asOf\":\"2023-09-30\",\"value\":\"50%\"}").post(BASE + "/" + id + "/progress"),
                400, "validation").body("errors.field", hasItem("value"));
        as(EDITOR).get(BASE + "/" + id).then().body("progress.size()", equalTo(1));
    }

    @Test
    void progressDatedAfterTodayIsRefusedNamingTheDateAndNothingChanges() {
        today("2023-07-15");
        String id = create("年度住房公积金贷款发放笔数（未来）", "4.48万笔");
        problem(as(EDITOR).body("{\"asOf\":\"2023-07-16\",\"value\":\"2.3万笔\"}").post(BASE + "/" + id + "/progress"),
                422, "unprocessable").body("errors.field", hasItem("asOf"))
                .body("errors[0].message", containsString("after today (2023-07-15)"));
        as(EDITOR).get(BASE + "/" + id).then().body("progress.size()", equalTo(0));

        as(EDITOR).body("{\"asOf\":\"2023-07-15\",\"value\":\"2.3万笔\"}").post(BASE + "/" + id + "/progress")
                .then().statusCode(200).body("progress[0].asOf", equalTo("2023-07-15"));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOnce() {
        long before = count(() -> Indicator.count());
        String first = as(EDITOR).header("Idempotency-Key", "erp-create-1").body(body("幂等指标", "≥85%")).post(BASE)
                .then().statusCode(201).extract().path("id");
        String again = as(EDITOR).header("Idempotency-Key", "erp-create-1").body(body("幂等指标", "≥85%")).post(BASE)
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(count(() -> Indicator.count())).isEqualTo(before + 1);

        problem(as(EDITOR).header("Idempotency-Key", "erp-create-1").body(body("另一个指标", "≥85%")).post(BASE), 409, "conflict");
        assertThat(count(() -> Indicator.count())).isEqualTo(before + 1);
    }

    @Test
    void aStaleIfMatchIsRejectedAndChangesNothing() {
        String id = create("网络连通性", "≥99%");
        as(EDITOR).header("If-Match", "\"999\"").body("{\"value\":\"99.45%\"}").put(BASE + "/" + id + "/actual")
                .then().statusCode(412).contentType("application/problem+json");
        as(EDITOR).get(BASE + "/" + id).then().statusCode(200).body("actual", equalTo(null));
    }

    @Test
    void renamingAnIndicatorOntoAnotherOfItsBranchIsAConflictAndChangesNothing() {
        create("案件受理数", "≥100件");
        String id = create("案件办结数", "≥90件");
        long events = count(() -> OutboxEvent.count());

        problem(as(EDITOR).body(body("案件受理数", "≥90件")).put(BASE + "/" + id), 409, "conflict")
                .body("errors.field", hasItem("name"));

        as(EDITOR).get(BASE + "/" + id).then().statusCode(200).body("name", equalTo("案件办结数"));
        assertThat(count(() -> OutboxEvent.count())).isEqualTo(events);
    }

    @Test
    void badInputGetsAProblemAndWritesNothing() {
        String id = create("律师出庭胜诉率", "≥99%");
        long indicators = count(() -> Indicator.count());
        long events = count(() -> OutboxEvent.count());

        problem(as(EDITOR).body("{\"level1\": \"产出指标\", ").post(BASE), 400, "malformed-request");
        problem(as(EDITOR).body(body("a", "≥85%").replace("\"ordinal\":null", "\"ordinal\":\"first\"")).post(BASE),
                400, "validation").body("errors.field", hasItem("ordinal"));
        problem(as(EDITOR).body("{\"level1\":\"产出指标\"}").post(BASE), 400, "validation")
                .body("errors.field", hasItem("annualTarget")).body("errors.field", hasItem("name"));
        problem(as(EDITOR).body(body("b", "≥85%").replace("}", ",\"colour\":\"red\"}")).post(BASE), 400, "validation")
                .body("errors.field", hasItem("colour"));
        problem(as(EDITOR).body(body("c", "12月底前完成")).post(BASE), 400, "validation")
                .body("errors.field", hasItem("annualTarget"));
        problem(as(EDITOR).body(body("d", "≥85%").replace("产出指标", "投入指标")).post(BASE), 400, "validation")
                .body("errors.field", hasItem("level1"));
        problem(as(EDITOR).body(body("律师出庭胜诉率", "≥99%")).post(BASE), 409, "conflict");
        problem(as(EDITOR).body("{\"value\":\"60万人\"}").put(BASE + "/" + id + "/actual"), 400, "validation")
                .body("errors.field", hasItem("value"));
        problem(as(editorOf("OTHER")).body(body("e", "≥85%")).post(BASE), 403, "forbidden");
        problem(as(editorOf("OTHER")).get(BASE + "/" + id), 403, "forbidden");
        problem(given().contentType("application/json").body(body("f", "≥85%")).post(BASE), 401, "unauthenticated");
        problem(given().auth().oauth2("not.a.token").contentType("application/json").get(BASE), 401, "unauthenticated");
        problem(as(EDITOR).body("{\"value\":\"" + "9".repeat(11 * 1024 * 1024) + "\"}").put(BASE + "/" + id + "/actual"),
                413, "payload-too-large");

        assertThat(count(() -> Indicator.count())).isEqualTo(indicators);
        assertThat(count(() -> OutboxEvent.count())).isEqualTo(events);
        as(EDITOR).get(BASE + "/" + id).then().body("actual", equalTo(null));
    }

    private static io.restassured.response.ValidatableResponse problem(Response response, int status, String type) {
        return response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", containsString(type));
    }

    private static String create(String name, String target) {
        return as(EDITOR).body(body(name, target)).post(BASE)
                .then().statusCode(201).extract().path("id");
    }

    private static String body(String name, String target) {
        String level1 = target.endsWith("%") && (name.startsWith("列表指标乙")) ? "效益指标" : "产出指标";
        return "{\"level1\":\"" + level1 + "\",\"level2\":\"数量指标\",\"name\":\"" + name + "\",\"periodTarget\":\""
                + target + "\",\"annualTarget\":\"" + target + "\",\"weight\":null,\"calculationNote\":null,\"ordinal\":null}";
    }

    private static long count(Supplier<Long> counter) {
        return QuarkusTransaction.requiringNew().call(counter::get);
    }
}
