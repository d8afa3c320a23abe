package cn.perfeval.budget.rest;

import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list GETs answer pages as indicator-service does: {items, page, size, total}, page from 0, 50 per page. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class ListPagingTests {

    @Test
    void aListIsReadPageByPageInItsOrderWithTheWholeListsLengthAndVersion() {
        String dept = "PAGE1";
        String erp = erpOf(dept);
        String url = base(dept, 2023) + "/budget/adjustments";
        as(erp).body("""
                [{"lineId":"ADJ-C","date":"2023-03-01","source":"GENERAL_PUBLIC_BUDGET","amount":3,"document":"c"},
                 {"lineId":"ADJ-A","date":"2023-04-01","source":"GENERAL_PUBLIC_BUDGET","amount":1,"document":"a"},
                 {"lineId":"ADJ-B","date":"2023-05-01","source":"GENERAL_PUBLIC_BUDGET","amount":2,"document":"b"}]
                """).put(url).then().statusCode(200);

        as(erp).get(url).then().statusCode(200).header("ETag", "\"1\"")
                .body("items.lineId", equalTo(List.of("ADJ-C", "ADJ-A", "ADJ-B")))
                .body("page", equalTo(0)).body("size", equalTo(50)).body("total", equalTo(3));
        as(erp).queryParam("size", 2).get(url).then().header("ETag", "\"1\"")
                .body("items.lineId", equalTo(List.of("ADJ-C", "ADJ-A"))).body("total", equalTo(3));
        as(erp).queryParam("page", 1).queryParam("size", 2).get(url).then()
                .body("items.lineId", equalTo(List.of("ADJ-B"))).body("page", equalTo(1)).body("total", equalTo(3));
        as(erp).queryParam("page", 7).queryParam("size", 2).get(url).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(3)).header("ETag", "\"1\"");
    }

    @Test
    void aPageOutsideTheBoundsIsABadRequest() {
        String url = base("PAGE2", 2023) + "/procurement/contracts";
        as(erpOf("PAGE2")).queryParam("size", 0).get(url).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("size"));
        as(erpOf("PAGE2")).queryParam("size", 501).get(url).then().statusCode(400).body("errors.field", hasItem("size"));
        as(erpOf("PAGE2")).queryParam("page", -1).get(url).then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void verdictsCalendarsAndTheLedgerArePagedToo() {
        String dept = "PAGE3";
        String erp = erpOf(dept);
        as(erp).body("""
                [{"contractId":"HT-1","awardNoticeIssuedOn":"2023-03-01","signedOn":"2023-03-10"},
                 {"contractId":"HT-2","awardNoticeIssuedOn":"2023-03-01","signedOn":"2023-06-10"}]
                """).put(base(dept, 2023) + "/procurement/contracts").then().statusCode(200);
        // Two signing verdicts and two filing verdicts (neither contract filed, long overdue), by rule and contract.
        as(erp).queryParam("size", 1).queryParam("page", 3).get(base(dept, 2023) + "/procurement/verdicts").then()
                .statusCode(200).body("total", equalTo(4))
                .body("items.rule", equalTo(List.of("CONTRACT_SIGNING"))).body("items.subjectId", equalTo(List.of("HT-2")))
                .body("items[0].status", equalTo("LATE"));

        as(erp).queryParam("size", 2).get("/api/v1/calendars").then().statusCode(200)
                // the shipped 2023-2026, and a later year when ContractsNotDoneTests has published one
                .body("items.year", equalTo(List.of(2023, 2024))).body("total", greaterThanOrEqualTo(4));

        as(erp).contentType("text/csv").body("lineId,date,amount,category,projectCode\nE-2,2023-01-05,1.25,BASIC_PERSONNEL,\n"
                + "E-1,2023-01-06,2.50,BASIC_PERSONNEL,\n").post(base(dept, 2023) + "/budget/expenditures")
                .then().statusCode(200);
        as(erp).queryParam("size", 1).get(base(dept, 2023) + "/budget/expenditures").then().statusCode(200)
                .body("items.lineId", equalTo(List.of("E-1"))).body("total", equalTo(2)).body("size", equalTo(1));
    }
}
