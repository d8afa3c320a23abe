package cn.perfeval.budget.execution.service;

import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.data;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static cn.perfeval.budget.BudgetServiceTestSupport.events;
import static cn.perfeval.budget.BudgetServiceTestSupport.lastData;
import static cn.perfeval.budget.BudgetServiceTestSupport.reviewer;
import static cn.perfeval.budget.BudgetServiceTestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import cn.perfeval.budget.SeedBudget;
import cn.perfeval.budget.messaging.SnapshotType;
import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class BudgetSummaryTests {

    @Test
    void theSeedsBudgetFiguresAreDerivedFromLineItemsPushedThroughTheApi() {
        String dept = "GZHPF";
        String erp = erpOf(dept);
        int procurementEventsBefore = events("procurement-events", dept, 2023).size();
        SeedBudget.ledger(erp, dept);
        SeedBudget.statedFacts(erp, dept);

        as(erp).get(base(dept, 2023) + "/budget/summary").then().statusCode(200)
                .body("id", equalTo("GZHPF:2023"))
                .body("summary.unit", equalTo("万元"))
                .body("summary.initialBudget", comparesEqualTo(new BigDecimal("21443.80")))
                .body("summary.adjustments", comparesEqualTo(new BigDecimal("311.25")))
                .body("summary.annualBudget", comparesEqualTo(new BigDecimal("21755.05")))
                .body("summary.spent", comparesEqualTo(new BigDecimal("21522.08")))
                .body("summary.executionRate", comparesEqualTo(new BigDecimal("98.93")))
                .body("summary.basicExpenditure", comparesEqualTo(new BigDecimal("8858.19")))
                .body("summary.projectExpenditure", comparesEqualTo(new BigDecimal("12663.89")))
                .body("summary.projectCount", equalTo(30))
                .body("summary.publicFunds.actual", comparesEqualTo(new BigDecimal("623.75")))
                .body("summary.publicFunds.budgeted", comparesEqualTo(new BigDecimal("653.47")))
                .body("summary.publicFunds.controlRate", comparesEqualTo(new BigDecimal("-4.55")))
                .body("summary.threePublic.actual", comparesEqualTo(new BigDecimal("9.49")))
                .body("summary.threePublic.budgeted", comparesEqualTo(new BigDecimal("9.50")))
                .body("summary.carryOverRate", comparesEqualTo(BigDecimal.ZERO))
                .body("summary.averageExecutionRate", comparesEqualTo(new BigDecimal("95.40")))
                .body("summary.averageExecutionRateBasis", equalTo("BUREAU"))
                .body("summary.averageExecutionRateSource", equalTo(SeedBudget.BUREAU_DOCUMENT))
                .body("summary.disposalIncome", comparesEqualTo(new BigDecimal("6.28")))
                .body("numbers.'budget.newProjects.lackingExAnteEvaluation'.value", equalTo(0))
                .body("numbers.'budget.averageExecutionRate'.source.entityType", equalTo("budget-bureau-execution-rate"))
                .body("numbers.'assets.inventories.completed'.value", equalTo(1))
                .body("recordSets.'assets.incomeRemittances'[0].compliant", equalTo(true))
                .body("findings.size()", equalTo(0));

        List<OutboxEvent> published = events(SnapshotType.BUDGET_FACTS, dept, 2023);
        JsonNode snapshot = data(published.get(published.size() - 1));
        assertThat(validate("budget-scoring-facts-v1.json", snapshot)).isEmpty();
        assertThat(snapshot.get("version").asLong()).isEqualTo(published.size());
        assertThat(snapshot.at("/summary/annualBudget").decimalValue()).isEqualByComparingTo("21755.05");
        // Only budget inputs were written: the procurement stream has nothing to say about this evaluation.
        assertThat(events("procurement-events", dept, 2023)).hasSize(procurementEventsBefore);
    }

    /** The scheme decides 公用经费控制 on actual ≤ budgeted exactly; only the budget paragraph shows the amounts rounded. */
    @Test
    void publicFundsSpentIsPublishedExactlyForScoringAndShownRounded() {
        String dept = "PUBFUNDS1";
        String erp = erpOf(dept);
        // 653.47 + 0.004 (40元) = 653.474万元: over the budget of 653.47, though both show as 653.47.
        as(erp).contentType("text/csv").body("lineId,date,amount,category,projectCode\n"
                        + "E-1,2023-03-01,653.47,BASIC_PUBLIC_FUNDS,\nE-2,2023-04-01,0.004,BASIC_PUBLIC_FUNDS,\n")
                .post(base(dept, 2023) + "/budget/expenditures").then().statusCode(200);
        as(erp).body("{\"budgeted\":653.47,\"document\":\"2023年部门预算\"}")
                .put(base(dept, 2023) + "/budget/public-funds-budget").then().statusCode(200);

        BigDecimal actual = as(erp).get(base(dept, 2023) + "/budget/summary").then().statusCode(200)
                .body("summary.publicFunds.actual", comparesEqualTo(new BigDecimal("653.47")))
                .body("numbers.'budget.publicFunds.budgeted'.value", comparesEqualTo(new BigDecimal("653.47")))
                .extract().path("numbers.'budget.publicFunds.actual'.value");
        // Exact, and without the trailing zeros of the ledger's NUMERIC(20, 6) sum.
        assertThat(actual.toPlainString()).isEqualTo("653.474");
        assertThat(lastData(SnapshotType.BUDGET_FACTS, dept, 2023).at("/numbers/budget.publicFunds.actual/value").asText())
                .isEqualTo("653.474");
    }

    @Test
    void aKeyWhoseInputsWereNeverEnteredIsAbsentNotZero() {
        String dept = "MISSING1";
        String erp = erpOf(dept);
        as(erp).body("[{\"lineId\":\"APP-01\",\"source\":\"GENERAL_PUBLIC_BUDGET\",\"amount\":100}]")
                .put(base(dept, 2023) + "/budget/appropriations").then().statusCode(200);
        as(erp).get(base(dept, 2023) + "/budget/summary").then().statusCode(200)
                .body("summary.annualBudget", comparesEqualTo(new BigDecimal("100.00")))
                .body("summary", not(hasKey("spent")))
                .body("summary", not(hasKey("executionRate")))
                .body("numbers", not(hasKey("budget.publicFunds.actual")))
                .body("numbers", not(hasKey("budget.averageExecutionRate")))
                .body("recordSets", not(hasKey("assets.incomeRemittances")));
    }

    @Test
    void twelveMonthlyFiguresWithoutTheBureausGiveTheirMeanAndSaySo() {
        String dept = "MONTHLY1";
        String erp = erpOf(dept);
        as(erp).body(twelveMonthlyRates()).put(base(dept, 2023) + "/budget/monthly-execution").then().statusCode(200);
        as(erp).get(base(dept, 2023) + "/budget/summary").then().statusCode(200)
                .body("summary.averageExecutionRate", comparesEqualTo(new BigDecimal("95.50")))
                .body("summary.averageExecutionRateBasis", equalTo("MONTHLY"))
                .body("numbers.'budget.averageExecutionRate'.source.entityType", equalTo("budget-monthly-execution"));
    }

    @Test
    void aClearedBureauRateLetsTheMonthlyFiguresDriveTheRateAgain() {
        String dept = "CLEARRATE1";
        String erp = erpOf(dept);
        String budget = base(dept, 2023) + "/budget";
        as(erp).body(twelveMonthlyRates()).put(budget + "/monthly-execution").then().statusCode(200);
        String etag = as(erp).body("{\"ratePercent\":95.40,\"sourceDocument\":\"" + SeedBudget.BUREAU_DOCUMENT + "\"}")
                .put(budget + "/bureau-execution-rate").then().statusCode(200).extract().header("ETag");
        as(erp).get(budget + "/summary").then().body("summary.averageExecutionRateBasis", equalTo("BUREAU"));

        as(reviewer()).header("If-Match", "\"999\"").delete(budget + "/bureau-execution-rate").then().statusCode(412)
                .contentType("application/problem+json");
        as(erp).get(budget + "/bureau-execution-rate").then().statusCode(200);
        as(reviewer()).header("If-Match", etag).delete(budget + "/bureau-execution-rate").then().statusCode(204)
                .header("ETag", not(equalTo(etag)));

        as(erp).get(budget + "/bureau-execution-rate").then().statusCode(404).contentType("application/problem+json");
        as(erp).get(budget + "/summary").then().statusCode(200)
                .body("summary.averageExecutionRate", comparesEqualTo(new BigDecimal("95.50")))
                .body("summary.averageExecutionRateBasis", equalTo("MONTHLY"));
        List<OutboxEvent> published = events("budget-events", dept, 2023);
        JsonNode rate = lastData(SnapshotType.BUDGET_FACTS, dept, 2023).at("/numbers/budget.averageExecutionRate");
        assertThat(rate.at("/value").decimalValue()).isEqualByComparingTo("95.50");
        assertThat(rate.at("/source/entityType").asText()).isEqualTo("budget-monthly-execution");

        as(erp).delete(budget + "/bureau-execution-rate").then().statusCode(204);
        assertThat(events("budget-events", dept, 2023)).as("clearing again changes nothing").hasSize(published.size());
    }

    /** Twelve monthly rates, 90 … 101: mean 95.50. */
    private static String twelveMonthlyRates() {
        StringBuilder months = new StringBuilder("[");
        for (int month = 1; month <= 12; month++) {
            months.append(month > 1 ? "," : "").append("{\"month\":").append(month).append(",\"ratePercent\":")
                    .append(89 + month).append("}");
        }
        return months.append("]").toString();
    }

    @Test
    void erpTotalsThatDisagreeWithTheDeclaredOnesRaiseAReconciliationWarning() {
        String dept = "RECON1";
        String erp = erpOf(dept);
        SeedBudget.ledger(erp, dept);
        as(erp).body("{\"source\":\"2023年度部门决算\",\"annualBudget\":21755.05,\"spent\":21600.00}")
                .put(base(dept, 2023) + "/budget/declared-totals").then().statusCode(200);
        as(erp).get(base(dept, 2023) + "/budget/summary").then().statusCode(200)
                .body("findings.size()", equalTo(1))
                .body("findings[0].level", equalTo("WARNING"))
                .body("findings[0].code", equalTo("RECONCILIATION"))
                .body("findings[0].message", containsString("21522.08"));
        assertThat(lastData(SnapshotType.BUDGET_FACTS, dept, 2023).at("/findings/0/code").asText())
                .isEqualTo("RECONCILIATION");
    }

    @Test
    void aNewLargeProjectWithoutExAnteEvaluationIsCounted() {
        String dept = "EXANTE1";
        String erp = erpOf(dept);
        as(erp).body("""
                [{"code":"N-1","name":"新增经常性","recurrence":"RECURRING","novelty":"NEW","budgetAmount":1000,"exAnteEvaluationDone":false},
                 {"code":"N-2","name":"新增一次性","recurrence":"ONE_OFF","novelty":"NEW","budgetAmount":2999.99,"exAnteEvaluationDone":false}]
                """).put(base(dept, 2023) + "/budget/projects").then().statusCode(200);
        as(erp).get(base(dept, 2023) + "/budget/summary").then().statusCode(200)
                .body("numbers.'budget.newProjects.lackingExAnteEvaluation'.value", equalTo(1))
                .body("numbers.'budget.newProjects.lackingExAnteEvaluation'.note", containsString("N-1"));
    }

    @Test
    void badBudgetLinesAreRejectedWithTheLineNamedAndNothingWritten() {
        String dept = "BADLINES";
        String erp = erpOf(dept);
        as(erp).body("[{\"lineId\":\"ADJ-9\",\"date\":\"2024-01-05\",\"source\":\"GENERAL_PUBLIC_BUDGET\",\"amount\":5,\"document\":\"x\"}]")
                .put(base(dept, 2023) + "/budget/adjustments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("adjustments[ADJ-9].date"));
        as(erp).body("[{\"lineId\":\"APP-1\",\"source\":\"GENERAL_PUBLIC_BUDGET\",\"amount\":-5}]")
                .put(base(dept, 2023) + "/budget/appropriations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("appropriations[APP-1].amount"));
        as(erp).get(base(dept, 2023) + "/budget/adjustments").then().statusCode(200).body("total", equalTo(0));
        as(erp).get(base(dept, 2023) + "/budget/appropriations").then().statusCode(200).body("total", equalTo(0));
        assertThat(events("budget-events", dept, 2023)).isEmpty();
    }

    /** A record read straight from the body: a missing flag must not read as false, nor a missing amount as "not reported". */
    @Test
    void aMissingRequiredFieldIsA400NamingItAndNothingIsWritten() {
        String dept = "MISSING1";
        String erp = erpOf(dept);
        String budget = base(dept, 2023) + "/budget";
        as(erp).body("[{\"code\":\"N-1\",\"name\":\"新建系统\",\"recurrence\":\"ONE_OFF\",\"novelty\":\"NEW\",\"budgetAmount\":3500}]")
                .put(budget + "/projects").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("projects[N-1].exAnteEvaluationDone"));
        as(erp).body("""
                {"fixedAssets":{"total":100,"inUse":90},"inventories":[],
                 "reportQuality":{"complete":true,"accountsReconciled":true}}
                """).put(budget + "/assets").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reportQuality.accurate"));
        as(erp).body("[{\"ratePercent\":8.5}]").put(budget + "/monthly-execution").then().statusCode(400)
                .body("errors[0].field", equalTo("monthlyExecution[].month"));
        as(erp).body("{\"document\":\"2023年部门预算\"}").put(budget + "/public-funds-budget").then().statusCode(400)
                .body("errors[0].field", equalTo("publicFundsBudget.budgeted"));

        as(erp).get(budget + "/projects").then().statusCode(200).header("ETag", "\"0\"");
        as(erp).get(budget + "/assets").then().statusCode(404);
        as(erp).get(budget + "/monthly-execution").then().statusCode(200).header("ETag", "\"0\"");
        as(erp).get(budget + "/public-funds-budget").then().statusCode(404);
        assertThat(events("budget-events", dept, 2023)).isEmpty();
    }

    @Test
    void anotherDepartmentsTokenIsRefused() {
        as(erpOf("OTHER")).get(base("GZHPF", 2023) + "/budget/summary").then().statusCode(403)
                .contentType("application/problem+json");
        as(erpOf("OTHER")).body("{\"budgeted\":9.50,\"actual\":9.49}").put(base("GZHPF", 2023) + "/budget/three-public")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
