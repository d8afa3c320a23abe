package cn.perfeval.budget.procurement.service;

import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.data;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static cn.perfeval.budget.BudgetServiceTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding one contract or intention is a POST of that record; PUT stays the replacement of the whole list. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class AddOneRecordTests {

    private static final String LATE_CONTRACT = """
            {"contractId":"HT-2","awardNoticeIssuedOn":"2023-07-03","signedOn":"2023-08-15","filedOn":"2023-08-16","amount":85.50,"smeAmount":85.50}
            """;

    @Test
    void aPostedContractJoinsTheListIsJudgedAndPublished() {
        String dept = "ADDONE1";
        String erp = erpOf(dept);
        String contracts = base(dept, 2023) + "/procurement/contracts";
        as(erp).body("[{\"contractId\":\"HT-1\",\"awardNoticeIssuedOn\":\"2023-03-20\",\"signedOn\":\"2023-04-10\",\"filedOn\":\"2023-04-12\"}]")
                .put(contracts).then().statusCode(200).header("ETag", "\"1\"");

        as(erp).body(LATE_CONTRACT).post(contracts).then().statusCode(201)
                .header("ETag", "\"2\"").body("contractId", equalTo("HT-2"));

        as(erp).get(contracts).then().statusCode(200).body("items.contractId", equalTo(List.of("HT-1", "HT-2")));
        List<OutboxEvent> published = events("procurement-events", dept, 2023);
        JsonNode signing = data(published.get(published.size() - 1)).at("/recordSets/procurement.contracts.signing");
        assertThat(signing.findValuesAsText("id")).containsExactly("HT-1", "HT-2");
        assertThat(signing.get(1).get("compliant").asBoolean()).as("signed 13 days after its deadline").isFalse();
    }

    @Test
    void postingAContractIdThatIsListedIsAConflictAndChangesNothing() {
        String dept = "ADDONE2";
        String erp = erpOf(dept);
        String contracts = base(dept, 2023) + "/procurement/contracts";
        as(erp).body(LATE_CONTRACT).post(contracts).then().statusCode(201);
        int publishedBefore = events("procurement-events", dept, 2023).size();

        as(erp).body(LATE_CONTRACT.replace("85.50", "99")).post(contracts).then().statusCode(409)
                .contentType("application/problem+json");

        as(erp).get(contracts).then().body("items[0].amount", comparesEqualTo(new BigDecimal("85.50"))).header("ETag", "\"1\"");
        assertThat(events("procurement-events", dept, 2023)).hasSize(publishedBefore);
    }

    @Test
    void aContractSignedBeforeItsNoticeIsRejectedAndNotAdded() {
        String dept = "ADDONE3";
        String erp = erpOf(dept);
        String contracts = base(dept, 2023) + "/procurement/contracts";
        as(erp).body("{\"contractId\":\"HT-X\",\"awardNoticeIssuedOn\":\"2023-05-10\",\"signedOn\":\"2023-05-01\"}")
                .post(contracts).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("contracts[HT-X].signedOn"));
        as(erp).get(contracts).then().body("total", equalTo(0));
    }

    @Test
    void aPostedIntentionIsAddedOncePerIdempotencyKey() {
        String dept = "ADDONE4";
        String erp = erpOf(dept);
        String intentions = base(dept, 2023) + "/procurement/intentions";
        String intention = "{\"projectCode\":\"CG-1\",\"name\":\"办公设备采购\",\"disclosedOn\":\"2023-05-05\",\"procurementStartsOn\":\"2023-06-15\"}";

        as(erp).header("Idempotency-Key", "add-cg-1").body(intention).post(intentions).then().statusCode(201)
                .body("projectCode", equalTo("CG-1"));
        as(erp).header("Idempotency-Key", "add-cg-1").body(intention).post(intentions).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        as(erp).header("Idempotency-Key", "add-cg-1").body(intention.replace("CG-1", "CG-2")).post(intentions)
                .then().statusCode(409).body("errors[0].field", equalTo("Idempotency-Key"));

        as(erp).get(intentions).then().body("items.projectCode", equalTo(List.of("CG-1")));
    }
}
