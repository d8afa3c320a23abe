package cn.perfeval.scoring.rectification;

import static io.restassured.RestAssured.given;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.testinfra.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Component-test steps of rectification tasks: the paths, the callers, a task's body, its audit entries. */
final class RectificationSteps {

    private RectificationSteps() {
    }

    static String tasks(String dept, int year) {
        return "/api/v1/departments/" + dept + "/years/" + year + "/rectification/tasks";
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json; charset=UTF-8");
    }

    static String editor(String dept) {
        return SeedEvents.editorToken(dept);
    }

    static String reviewer() {
        return SeedEvents.reviewerToken();
    }

    static String erp(String dept) {
        return TestInfrastructure.tokens().token("erp", Set.of("erp-integration"), Set.of(dept));
    }

    /** A task answering {@code reference}, due on {@code dueDate}. */
    static Map<String, Object> task(String kind, String reference, String dueDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", Map.of("kind", kind, "reference", reference));
        body.put("problem", "部分政府采购合同未在中标通知书发出之日起30日内签订");
        body.put("goal", "2024年6月底前全部采购合同按时签订");
        body.put("measure", "建立合同签订时限台账，逐月核查");
        body.put("owner", "财务处");
        body.put("dueDate", dueDate);
        return body;
    }

    static Response open(String token, String dept, int year, Map<String, Object> body) {
        return as(token).body(body).post(tasks(dept, year));
    }

    static Response close(String token, String dept, int year, long id, Map<String, Object> body) {
        return as(token).body(body).post(tasks(dept, year) + "/" + id + "/closure");
    }

    /** The audit entries of rectification tasks the service wrote for the evaluation, oldest first. */
    static List<OutboxEvent> auditEntries(String dept, int year) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "topic = ?1 and eventKey = ?2 and payload like ?3 order by seq", "audit-events", dept + ":" + year,
                "%\"entityType\":\"rectification-task\"%"));
    }
}
