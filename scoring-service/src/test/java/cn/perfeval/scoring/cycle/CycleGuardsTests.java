package cn.perfeval.scoring.cycle;

import static cn.perfeval.scoring.CycleSteps.YEAR;
import static cn.perfeval.scoring.CycleSteps.base;
import static cn.perfeval.scoring.CycleSteps.cycle;
import static cn.perfeval.scoring.CycleSteps.editor;
import static cn.perfeval.scoring.CycleSteps.reviewer;
import static cn.perfeval.scoring.CycleSteps.transition;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import cn.perfeval.scoring.CycleSteps;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Transitions of one evaluation run one at a time, wait for a settled score, and refuse hostile bodies. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class CycleGuardsTests {

    private static final Map<String, String> REASON = Map.of("reason", "请补充说明");

    @Test
    void ofTwoConcurrentSubmissionsExactlyOneSucceeds() throws Exception {
        String dept = "CYC-RACE";
        CycleSteps.cleanSeed(dept);
        for (int round = 0; round < 3; round++) {
            assertThat(race(dept)).as("round " + round).containsExactlyInAnyOrder(200, 409);
            transition(reviewer(), dept, "return", REASON).then().statusCode(200);
        }
        List<Object> transitions = cycle(dept).getList("history.transition");
        assertThat(transitions).containsExactly("submit", "return", "submit", "return", "submit", "return");
        assertThat(EvaluationCycleTests.published(dept)).hasSize(6);
    }

    @Test
    void submitAndApproveWaitWhileFactsAreBeingScored() {
        String dept = "CYC-PENDING";
        CycleSteps.cleanSeed(dept);
        markPendingForAnHour(dept);
        transition(editor(dept), dept, "submission", Map.of()).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("still being scored"));
        assertThat(cycle(dept).getString("state")).isEqualTo("DRAFT");
        clearPending(dept);
        transition(editor(dept), dept, "submission", Map.of()).then().statusCode(200);

        markPendingForAnHour(dept);
        transition(reviewer(), dept, "approval", Map.of()).then().statusCode(409).contentType("application/problem+json");
        assertThat(cycle(dept).getString("state")).isEqualTo("SUBMITTED");
        clearPending(dept);
        transition(reviewer(), dept, "approval", Map.of()).then().statusCode(200);
        assertThat(EvaluationCycleTests.published(dept)).hasSize(2);
    }

    @Test
    void hostileBodiesAreProblemsAndChangeNothing() {
        String dept = "CYC-HOSTILE";
        CycleSteps.cleanSeed(dept);
        String tooLong = "长".repeat(2_001);
        for (String body : List.of("{", "{\"note\": \"x\", \"extra\": 1}", "{\"note\": \"" + tooLong + "\"}",
                "{\"note\": \"bell\\u0007\"}", "{\"note\": [\"x\"]}", "[]", "{\"note\": \"\\ud800\"}")) {
            post(editor(dept), dept, "submission", body).then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(editor(dept)).contentType("text/plain").body("{}").post(base(dept) + "/cycle/submission")
                .then().statusCode(415).contentType("application/problem+json");
        assertThat(cycle(dept).getString("state")).isEqualTo("DRAFT");

        transition(editor(dept), dept, "submission", Map.of()).then().statusCode(200);
        for (String body : List.of("{\"reason\": ", "{\"reason\": \"x\", \"why\": \"y\"}", "{\"reason\": \"" + tooLong + "\"}",
                "{\"reason\": [\"x\"]}", "{\"reason\": null}")) {
            post(reviewer(), dept, "return", body).then().statusCode(400).contentType("application/problem+json");
        }
        assertThat(cycle(dept).getString("state")).isEqualTo("SUBMITTED");
        assertThat(EvaluationCycleTests.published(dept)).hasSize(1);
    }

    private static io.restassured.response.Response post(String token, String dept, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json; charset=UTF-8").body(body)
                .post(base(dept) + "/cycle/" + path);
    }

    /** Two editors' submissions released at the same moment: the statuses they got. */
    private static List<Integer> race(String dept) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return transition(editor(dept), dept, "submission", Map.of()).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A recompute the worker will not take up for an hour: the evaluation's score is not settled. */
    private static void markPendingForAnHour(String dept) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("INSERT INTO pending_recompute (department_code, fiscal_year, due_at) "
                        + "VALUES (?1, ?2, now() + interval '1 hour')")
                .setParameter(1, dept).setParameter(2, YEAR).executeUpdate());
    }

    private static void clearPending(String dept) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("DELETE FROM pending_recompute WHERE department_code = ?1 AND fiscal_year = ?2")
                .setParameter(1, dept).setParameter(2, YEAR).executeUpdate());
    }
}
