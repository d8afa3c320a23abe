package cn.perfeval.budget.cycle;

import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static cn.perfeval.budget.BudgetServiceTestSupport.resource;
import static cn.perfeval.budget.BudgetServiceTestSupport.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.budget.SeedBudget;
import cn.perfeval.platform.cycle.EvaluationStateConsumer;
import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.EvaluationStates;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * The write guard in budget-service: once a submission arrives from the real broker, an ERP push and every other
 * write of the evaluation's inputs is a 409 evaluation-locked problem that changes neither the data nor the outbox;
 * a return unlocks them; an older or repeated state event changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class BudgetLockTests {

    private static final String CONTRACT = """
            {"contractId":"HT-9","awardNoticeIssuedOn":"2023-03-20","signedOn":"2023-04-10","filedOn":"2023-04-12","amount":1.00,"smeAmount":1.00}
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    EvaluationStateConsumer consumer;

    @Test
    void aSubmittedEvaluationRefusesAnErpPushAndEveryInputWriteUntilReturned() {
        String dept = "LOCKBUD1";
        String erp = erpOf(dept);
        String budget = base(dept, 2023) + "/budget";
        SeedBudget.ledger(erp, dept);
        as(erp).body("{\"ratePercent\":95.40,\"sourceDocument\":\"通报\"}").put(budget + "/bureau-execution-rate")
                .then().statusCode(200);

        EvaluationStates.send(dept, 2023, 1, "SUBMITTED");
        awaitSequence(dept, 2023, 1);
        String summary = as(erp).get(budget + "/summary").then().statusCode(200).extract().asString();
        String expenditures = as(erp).get(budget + "/expenditures").then().statusCode(200).extract().asString();
        long outbox = outbox();

        locked(as(erp).contentType("text/csv").body(resource("domain/gz-hpf-2023-expenditures.csv").replace("686.20", "1.00"))
                .post(budget + "/expenditures"));
        locked(as(erp).body("[{\"lineId\":\"APP-01\",\"source\":\"GENERAL_PUBLIC_BUDGET\",\"amount\":1}]")
                .put(budget + "/appropriations"));
        locked(as(reviewer()).body("{\"ratePercent\":50,\"sourceDocument\":\"通报\"}").put(budget + "/bureau-execution-rate"));
        locked(as(reviewer()).delete(budget + "/bureau-execution-rate"));
        locked(as(erp).body(CONTRACT).post(base(dept, 2023) + "/procurement/contracts"));
        locked(as(erp).body("[" + CONTRACT + "]").post(base(dept, 2023) + "/procurement/contracts/import"));

        assertThat(as(erp).get(budget + "/summary").then().statusCode(200).extract().asString()).isEqualTo(summary);
        assertThat(as(erp).get(budget + "/expenditures").then().statusCode(200).extract().asString()).isEqualTo(expenditures);
        assertThat(outbox()).isEqualTo(outbox);

        EvaluationStates.send(dept, 2023, 2, "RETURNED");
        awaitSequence(dept, 2023, 2);
        as(reviewer()).delete(budget + "/bureau-execution-rate").then().statusCode(204);
    }

    @Test
    void anOlderStateAfterANewerOneChangesNothing() {
        String dept = "LOCKBUD2";
        String erp = erpOf(dept);
        String appropriations = base(dept, 2023) + "/budget/appropriations";
        consumer.onStateEvent(EvaluationStates.record(dept, 2023, 2, "APPROVED", 1));
        consumer.onStateEvent(EvaluationStates.record(dept, 2023, 1, "RETURNED", 2));
        locked(as(erp).body("[]").put(appropriations)).body("detail", containsString("reopen"));
        consumer.onStateEvent(EvaluationStates.record(dept, 2023, 3, "DRAFT", 3));
        as(erp).body("[]").put(appropriations).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse locked(Response response) {
        return response.then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://perfeval.cn/problems/evaluation-locked"))
                .body("state", org.hamcrest.Matchers.notNullValue()).body("stateLabel", org.hamcrest.Matchers.notNullValue());
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
}
