package cn.perfeval.budget.rest;

import static cn.perfeval.budget.BudgetServiceTestSupport.admin;
import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static cn.perfeval.budget.BudgetServiceTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.budget.BudgetServiceTestSupport;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ETags on GET and If-Match on the PUT endpoints: optional, and a stale one is a 412 that changes nothing. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class IfMatchTests {

    private static final String LINE_1 = "[{\"lineId\":\"A-1\",\"source\":\"GENERAL_PUBLIC_BUDGET\",\"amount\":100.25}]";
    private static final String LINE_2 = "[{\"lineId\":\"A-2\",\"source\":\"GENERAL_PUBLIC_BUDGET\",\"amount\":7.75}]";

    @Test
    void aListCarriesItsVersionAsETagAndAStaleIfMatchChangesNothing() {
        String dept = "ETAG1";
        String erp = erpOf(dept);
        String url = base(dept, 2023) + "/budget/appropriations";
        as(erp).get(url).then().statusCode(200).header("ETag", "\"0\"");

        as(erp).header("If-Match", "\"0\"").body(LINE_1).put(url).then().statusCode(200).header("ETag", "\"1\"");
        int eventsAfterFirst = events("budget-events", dept, 2023).size();

        // Someone who read version 0 and writes now would overwrite LINE_1 without having seen it.
        as(erp).header("If-Match", "\"0\"").body(LINE_2).put(url).then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://perfeval.cn/problems/precondition-failed"))
                .body("detail", containsString("version 1, not 0"));
        as(erp).get(url).then().statusCode(200).header("ETag", "\"1\"").body("items.lineId", equalTo(List.of("A-1")));
        assertThat(events("budget-events", dept, 2023)).hasSize(eventsAfterFirst);

        // A weak or unquoted tag, as some clients and proxies send it, matches the same version.
        as(erp).header("If-Match", "W/\"1\"").body(LINE_2).put(url).then().statusCode(200).header("ETag", "\"2\"");
        // If-Match is optional: without it, the write replaces whatever is there.
        as(erp).body(LINE_1).put(url).then().statusCode(200).header("ETag", "\"3\"");
        as(erp).header("If-Match", "3").body(LINE_1).put(url).then().statusCode(200)
                .header("ETag", "\"3\"");   // the same list again is no change
    }

    @Test
    void anIfMatchThatIsNotOneOfOurETagsIsABadRequest() {
        String dept = "ETAG2";
        as(erpOf(dept)).header("If-Match", "\"abc\"").body(LINE_1).put(base(dept, 2023) + "/budget/appropriations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        as(erpOf(dept)).get(base(dept, 2023) + "/budget/appropriations").then().header("ETag", "\"0\"")
                .body("total", equalTo(0));
    }

    @Test
    void aDocumentCarriesItsVersionAsETag() {
        String dept = "ETAG3";
        String erp = erpOf(dept);
        String url = base(dept, 2023) + "/budget/three-public";
        as(erp).get(url).then().statusCode(404);
        as(erp).body("{\"budgeted\":9.50,\"actual\":9.49}").put(url).then().statusCode(200).header("ETag", "\"1\"");
        as(erp).get(url).then().statusCode(200).header("ETag", "\"1\"");

        as(erp).header("If-Match", "\"7\"").body("{\"budgeted\":9.50,\"actual\":1.00}").put(url).then().statusCode(412);
        as(erp).get(url).then().body("actual", comparesEqualTo(new BigDecimal("9.49")));
        as(erp).header("If-Match", "\"1\"").body("{\"budgeted\":9.50,\"actual\":1.25}").put(url).then().statusCode(200)
                .header("ETag", "\"2\"");
    }

    @Test
    void procurementListsAndDocumentsFollowTheSameConvention() {
        String dept = "ETAG4";
        String erp = erpOf(dept);
        String contracts = base(dept, 2023) + "/procurement/contracts";
        as(erp).body("[{\"contractId\":\"HT-1\",\"awardNoticeIssuedOn\":\"2023-03-01\",\"signedOn\":\"2023-03-10\"}]")
                .put(contracts).then().statusCode(200).header("ETag", "\"1\"");
        as(erp).header("If-Match", "\"0\"")
                .body("[{\"contractId\":\"HT-1\",\"awardNoticeIssuedOn\":\"2023-03-01\",\"signedOn\":\"2023-05-10\"}]")
                .put(contracts).then().statusCode(412).contentType("application/problem+json");
        as(erp).get(contracts).then().header("ETag", "\"1\"").body("items[0].signedOn", equalTo("2023-03-10"));
        as(erp).get(base(dept, 2023) + "/procurement/verdicts").then()
                .body("items.find { it.rule == 'CONTRACT_SIGNING' }.compliant", equalTo(true));

        String sme = base(dept, 2023) + "/procurement/sme-reservation";
        as(erp).body("{\"reservedAmount\":10,\"awardedAmount\":10}").put(sme).then().statusCode(200).header("ETag", "\"1\"");
        as(erp).header("If-Match", "\"0\"").body("{\"reservedAmount\":10,\"awardedAmount\":0}").put(sme)
                .then().statusCode(412);
        as(erp).get(sme).then().header("ETag", "\"1\"").body("awardedAmount", equalTo(10));
    }

    @Test
    void aCalendarsETagIsItsContentHashAndAStaleOneIsRefused() {
        String hash = as(erpOf("ANY")).get("/api/v1/calendars/2025").then().statusCode(200)
                .extract().path("contentHash");
        as(erpOf("ANY")).get("/api/v1/calendars/2025").then().header("ETag", "\"" + hash + "\"");
        String shipped = BudgetServiceTestSupport.resource("calendars/2025.json");

        as(admin()).header("If-Match", "\"not-" + hash + "\"").body(shipped.replace("\"2025-v1\"", "\"2025-v7\""))
                .put("/api/v1/calendars/2025").then().statusCode(412).contentType("application/problem+json");
        as(erpOf("ANY")).get("/api/v1/calendars/2025").then().body("version", equalTo("2025-v1"))
                .header("ETag", "\"" + hash + "\"");
        // The current tag passes (publishing the same document again changes nothing).
        as(admin()).header("If-Match", "\"" + hash + "\"").body(shipped).put("/api/v1/calendars/2025")
                .then().statusCode(202).header("ETag", "\"" + hash + "\"");
    }
}
