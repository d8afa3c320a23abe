package cn.perfeval.indicator.cycle;

import static cn.perfeval.indicator.IndicatorServiceTestSupport.as;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.editorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.platform.cycle.EvaluationStateConsumer;
import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.EvaluationStates;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The write guard (docs/yearly-cycle.md, "Enforcement"): a state event on the real broker locks the evaluation's
 * facts — every write is a 409 evaluation-locked problem that changes neither the data nor the outbox — and a
 * return unlocks them; an older or repeated state event changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_tests"))
class EvaluationLockTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Inject
    EvaluationStateConsumer consumer;

    @Test
    void aSubmittedEvaluationRefusesEveryFactWriteUntilTheBureauReturnsIt() {
        String dept = "LOCKA";
        int year = 2031;
        String editor = editorOf(dept);
        String base = "/api/v1/departments/" + dept + "/years/" + year;
        as(editor).body("{\"name\":\"甲单位\"}").put("/api/v1/departments/" + dept).then().statusCode(200);
        String id = as(editor).body(indicator("实缴人数", "530万人")).post(base + "/indicators")
                .then().statusCode(201).extract().path("id");

        EvaluationStates.send(dept, year, 1, "SUBMITTED");
        awaitSequence(dept, year, 1);
        String indicatorBefore = as(editor).get(base + "/indicators/" + id).then().statusCode(200).extract().asString();
        long outboxBefore = outbox();

        locked(as(editor).body(indicator("新指标", "1万人")).post(base + "/indicators"), "SUBMITTED", "已提交", "return");
        locked(as(editor).body(indicator("实缴人数", "540万人")).put(base + "/indicators/" + id), "SUBMITTED", "已提交", "return");
        locked(as(editor).body("{\"value\":\"534万人\",\"evidenceDocument\":\"年报\"}").put(base + "/indicators/" + id + "/actual"),
                "SUBMITTED", "已提交", "return");
        locked(as(editor).body("{\"asOf\":\"2031-01-31\",\"value\":\"100万人\"}").post(base + "/indicators/" + id + "/progress"),
                "SUBMITTED", "已提交", "return");
        locked(as(editor).delete(base + "/indicators/" + id), "SUBMITTED", "已提交", "return");
        locked(as(editor).body(Map.of("overallGoal", "目标", "keyTasks", List.of())).put(base + "/goals"),
                "SUBMITTED", "已提交", "return");
        locked(as(editor).body(List.of(Map.of("level1", "产出指标", "level2", "数量指标", "name", "导入", "annualTarget", "1万人",
                "actual", "1万人"))).post(base + "/indicators/imports"), "SUBMITTED", "已提交", "return");

        assertThat(as(editor).get(base + "/indicators/" + id).then().statusCode(200).extract().asString())
                .isEqualTo(indicatorBefore);
        as(editor).get(base + "/indicators").then().body("total", equalTo(1));
        as(editor).get(base + "/goals").then().statusCode(404);
        assertThat(outbox()).isEqualTo(outboxBefore);

        EvaluationStates.send(dept, year, 2, "RETURNED");
        awaitSequence(dept, year, 2);
        as(editor).body("{\"value\":\"534万人\",\"evidenceDocument\":\"年报\"}").put(base + "/indicators/" + id + "/actual")
                .then().statusCode(200);
    }

    @Test
    void anOlderOrRepeatedStateChangesNothingAndAReopeningUnlocks() {
        String dept = "LOCKB";
        int year = 2031;
        String editor = editorOf(dept);
        String goals = "/api/v1/departments/" + dept + "/years/" + year + "/goals";
        as(editor).body("{\"name\":\"乙单位\"}").put("/api/v1/departments/" + dept).then().statusCode(200);

        consumer.onStateEvent(EvaluationStates.record(dept, year, 4, "APPROVED", 1));
        consumer.onStateEvent(EvaluationStates.record(dept, year, 3, "RETURNED", 2));
        consumer.onStateEvent(EvaluationStates.record(dept, year, 4, "RETURNED", 3));
        locked(as(editor).body(Map.of("overallGoal", "目标", "keyTasks", List.of())).put(goals), "APPROVED", "审核通过", "reopen");

        consumer.onStateEvent(EvaluationStates.record(dept, year, 5, "RELEASED", 4));
        locked(as(editor).body(Map.of("overallGoal", "目标", "keyTasks", List.of())).put(goals), "RELEASED", "已公开", "reopen");

        consumer.onStateEvent(EvaluationStates.record(dept, year, 6, "DRAFT", 5));
        as(editor).body(Map.of("overallGoal", "目标", "keyTasks", List.of())).put(goals).then().statusCode(200);
        // another year of the same department was never locked
        as(editor).body(Map.of("overallGoal", "目标", "keyTasks", List.of())).put(goals.replace("/2031/", "/2030/"))
                .then().statusCode(200);
    }

    /** The state events these tests send are the ones scoring-service's schema describes. */
    @Test
    void theStateEventsSentHereMatchTheProducersSchema() throws Exception {
        EventSchemas producer = EventSchemas.of("scoring-service");
        for (String state : List.of("DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "RELEASED")) {
            assertThat(producer.validateEvent(JSON.readTree(EvaluationStates.event("X", 2031, 1, state)))).isEmpty();
        }
    }

    private static void locked(Response response, String state, String label, String whatToDo) {
        response.then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://perfeval.cn/problems/evaluation-locked"))
                .body("state", equalTo(state)).body("stateLabel", equalTo(label))
                .body("detail", containsString(whatToDo));
    }

    private void awaitSequence(String dept, int year, long sequence) {
        EvaluationStates.await("state " + sequence + " of " + dept, () -> QuarkusTransaction.requiringNew().call(() ->
                entityManager.createNativeQuery("SELECT sequence FROM evaluation_write_window WHERE department_code = :d "
                        + "AND fiscal_year = :y").setParameter("d", dept).setParameter("y", year).getResultList()
                        .stream().anyMatch(found -> ((Number) found).longValue() == sequence)));
    }

    private static long outbox() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }

    private static String indicator(String name, String target) {
        return "{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"" + name + "\",\"periodTarget\":\"" + target
                + "\",\"annualTarget\":\"" + target + "\",\"weight\":null,\"calculationNote\":null,\"ordinal\":null}";
    }
}
