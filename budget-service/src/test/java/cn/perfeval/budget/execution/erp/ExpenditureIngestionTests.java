package cn.perfeval.budget.execution.erp;

import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.data;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static cn.perfeval.budget.BudgetServiceTestSupport.events;
import static cn.perfeval.budget.BudgetServiceTestSupport.lastData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import cn.perfeval.budget.bench.GeneratedPush;
import cn.perfeval.budget.messaging.SnapshotType;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class ExpenditureIngestionTests {

    private static final String HEADER = "lineId,date,amount,category,projectCode\n";

    @TestHTTPResource("/")
    URI root;

    private static void projects(String token, String dept) {
        as(token).body("""
                [{"code":"P-1","name":"项目一","recurrence":"RECURRING","novelty":"CONTINUING","budgetAmount":500,"exAnteEvaluationDone":false}]
                """).put(base(dept, 2023) + "/budget/projects").then().statusCode(200);
    }

    @Test
    void theSameKeyAndBodyReplaysTheResultAndAnotherBodyIsAConflict() {
        String dept = "IDEMP1";
        String erp = erpOf(dept);
        projects(erp, dept);
        String body = HEADER + "E-1,2023-03-01,10.50,BASIC_PERSONNEL,\nE-2,2023-03-02,4.25,PROJECT,P-1\n";
        String url = base(dept, 2023) + "/budget/expenditures";

        as(erp).contentType("text/csv").header("Idempotency-Key", "push-1").body(body).post(url)
                .then().statusCode(200).body("accepted", equalTo(2)).body("written", equalTo(2));
        int eventsAfterFirst = events("budget-events", dept, 2023).size();

        as(erp).contentType("text/csv").header("Idempotency-Key", "push-1").body(body).post(url)
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("written", equalTo(2));
        as(erp).contentType("text/csv").header("Idempotency-Key", "push-1")
                .body(body.replace("10.50", "99.00")).post(url)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));

        as(erp).get(url).then().statusCode(200).body("total", equalTo(2)).body("items[0].amount", comparesEqualTo(new BigDecimal("10.5")));
        assertThat(events("budget-events", dept, 2023)).hasSize(eventsAfterFirst);
        // Without a key the same lines are an upsert that changes nothing: no new event either.
        as(erp).contentType("text/csv").body(body).post(url).then().statusCode(200)
                .body("written", equalTo(0)).body("unchanged", equalTo(2));
        assertThat(events("budget-events", dept, 2023)).hasSize(eventsAfterFirst);
    }

    /** A key names one request: its mode and format are part of what a retry must repeat, not of the key's scope. */
    @Test
    void theSameKeyWithAnotherModeOrFormatIsAConflictAndRunsNothing() {
        String dept = "IDEMP2";
        String erp = erpOf(dept);
        String csv = HEADER + "E-1,2023-03-01,10.50,BASIC_PERSONNEL,\n";
        String url = base(dept, 2023) + "/budget/expenditures";
        as(erp).contentType("text/csv").header("Idempotency-Key", "push-1").body(csv).post(url)
                .then().statusCode(200).body("written", equalTo(1));
        // The ledger moves on: a later push changes E-1, so running push-1 again would write E-1 back to 10.50.
        as(erp).contentType("text/csv").body(csv.replace("10.50", "11.25")).post(url)
                .then().statusCode(200).body("written", equalTo(1));
        int eventsBefore = events("budget-events", dept, 2023).size();

        as(erp).contentType("text/csv").header("Idempotency-Key", "push-1").queryParam("mode", "per-line").body(csv)
                .post(url).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        as(erp).contentType("application/json").header("Idempotency-Key", "push-1")
                .body("[{\"lineId\":\"E-1\",\"date\":\"2023-03-01\",\"amount\":10.50,\"category\":\"BASIC_PERSONNEL\"}]")
                .post(url).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        as(erp).contentType("text/csv").header("Idempotency-Key", "push-1").body(csv).post(url)
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("written", equalTo(1));

        as(erp).get(url).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].amount", comparesEqualTo(new BigDecimal("11.25")));
        assertThat(events("budget-events", dept, 2023)).hasSize(eventsBefore);
    }

    @Test
    void badLinesRejectThePushWithAResultPerLineAndNothingIsWritten() {
        String dept = "BADERP1";
        String erp = erpOf(dept);
        projects(erp, dept);
        String body = HEADER
                + "E-1,2023-01-05,10.00,BASIC_PERSONNEL,\n"   // good
                + "E-2,2023-01-05,-3.00,BASIC_PERSONNEL,\n"   // negative
                + "E-3,2023-01-05,12;5,BASIC_PERSONNEL,\n"    // not a number
                + "E-4,2024-01-02,1.00,BASIC_PERSONNEL,\n"    // outside the fiscal year
                + "E-5,2023-01-05,1.00,PROJECT,P-404\n"       // unknown project
                + "E-6,2023-01-05,1.00\n"                     // malformed: 3 cells
                + "E-1,2023-02-05,2.00,BASIC_PERSONNEL,\n";   // line id repeated
        String url = base(dept, 2023) + "/budget/expenditures";

        as(erp).contentType("text/csv").body(body).post(url).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("6 of 7 lines rejected"))
                .body("errors.row", equalTo(java.util.List.of(2, 3, 4, 5, 6, 7)))
                .body("errors.field", equalTo(java.util.List.of("amount", "amount", "date", "projectCode", "line", "lineId")));
        as(erp).get(url).then().statusCode(200).body("total", equalTo(0));
        assertThat(events("budget-events", dept, 2023).stream().map(e -> data(e).path("numbers")
                .has("budget.publicFunds.actual"))).doesNotContain(true);
    }

    /** 1e999999999 is eleven characters; printed in full or added to another amount it is a billion digits. */
    @Test
    void numbersTooLargeOrTooFineAreRejectedPerLineWithoutExhaustingTheService() {
        String dept = "HUGE1";
        String erp = erpOf(dept);
        String url = base(dept, 2023) + "/budget/expenditures";
        as(erp).contentType("text/csv").body(HEADER + "E-1,2023-01-05,1e999999999,BASIC_PERSONNEL,\n"
                        + "E-2,2023-01-05,1e-999999999,BASIC_PERSONNEL,\n").post(url)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("amount", "amount")))
                .body("errors[0].message", containsString("1e999999999"));
        as(erp).body("[{\"lineId\":\"E-1\",\"date\":\"2023-01-05\",\"amount\":1e999999999,\"category\":\"BASIC_PERSONNEL\"},"
                        + "{\"lineId\":\"E-2\",\"date\":\"2023-01-05\",\"amount\":-1E-999999999,\"category\":\"BASIC_PERSONNEL\"}]")
                .post(url).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("amount", "amount")));
        // A record field is checked as it is read: a positive huge amount passed every domain check before.
        as(erp).body("[{\"lineId\":\"APP-1\",\"amount\":1e999999999,\"source\":\"GENERAL_PUBLIC_BUDGET\"}]")
                .put(base(dept, 2023) + "/budget/appropriations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", containsString("amount"));
        as(erp).get(url).then().statusCode(200).body("total", equalTo(0));
        as(erp).get(base(dept, 2023) + "/budget/appropriations").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void perLineModeCommitsTheGoodLinesAndReportsTheBadOnes() {
        String dept = "PERLINE1";
        String erp = erpOf(dept);
        String body = """
                [{"lineId":"J-1","date":"2023-05-01","amount":1.10,"category":"BASIC_PUBLIC_FUNDS"},
                 {"lineId":"J-2","date":"2023-05-01","amount":"abc","category":"BASIC_PUBLIC_FUNDS"},
                 {"lineId":"J-3","date":"2023-05-01","amount":2.20,"category":"BASIC_PUBLIC_FUNDS","colour":"red"}]
                """;
        as(erp).body(body).queryParam("mode", "per-line").post(base(dept, 2023) + "/budget/expenditures")
                .then().statusCode(200)
                .body("received", equalTo(3)).body("accepted", equalTo(1)).body("rejected", equalTo(2))
                .body("rejectedLines.row", equalTo(java.util.List.of(2, 3)))
                .body("rejectedLines.field", hasItems("amount", "line"));
        as(erp).get(base(dept, 2023) + "/budget/summary").then().statusCode(200)
                .body("numbers.'budget.publicFunds.actual'.value", comparesEqualTo(new BigDecimal("1.10")));
    }

    @Test
    void brokenJsonIsRejectedAsMalformedWithNothingWritten() {
        String dept = "BROKEN1";
        String erp = erpOf(dept);
        as(erp).body("[{\"lineId\":\"J-1\",\"date\":\"2023-05-01\",\"amount\":1,\"category\":\"BASIC_PERSONNEL\"}, {\"lineId\":")
                .post(base(dept, 2023) + "/budget/expenditures").then().statusCode(400)
                .contentType("application/problem+json");
        as(erp).get(base(dept, 2023) + "/budget/expenditures").then().body("total", equalTo(0));
    }

    @Test
    void anotherDepartmentsTokenCannotPush() {
        as(erpOf("SOMEONE")).contentType("text/csv").body(HEADER + "E-1,2023-01-05,1,BASIC_PERSONNEL,\n")
                .post(base("GZHPF", 2023) + "/budget/expenditures").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aChangedLineIsUpdatedANewOneInsertedAndAnUnchangedOneLeftAlone() {
        String dept = "REPUSH1";
        String erp = erpOf(dept);
        String url = base(dept, 2023) + "/budget/expenditures";
        as(erp).contentType("text/csv").body(HEADER + "E-1,2023-03-01,10.50,BASIC_PERSONNEL,\nE-2,2023-03-02,4.25,BASIC_PERSONNEL,\n")
                .post(url).then().statusCode(200).body("written", equalTo(2));

        as(erp).contentType("text/csv")
                .body(HEADER + "E-1,2023-03-01,10.5,BASIC_PERSONNEL,\nE-2,2023-03-02,5.25,BASIC_PERSONNEL,\nE-3,2023-04-01,1.00,BASIC_PERSONNEL,\n")
                .post(url).then().statusCode(200)
                .body("accepted", equalTo(3)).body("written", equalTo(2)).body("unchanged", equalTo(1));

        as(erp).get(url).then().statusCode(200).body("total", equalTo(3))
                .body("items.lineId", equalTo(java.util.List.of("E-1", "E-2", "E-3")))
                .body("items[1].amount", comparesEqualTo(new BigDecimal("5.25")));
        as(erp).get(base(dept, 2023) + "/budget/summary").then()
                .body("summary.spent", comparesEqualTo(new BigDecimal("16.75")));
    }

    @Test
    void aLineIdRepeatedInThePushKeepsItsFirstLineInPerLineModeEvenWhenTheLinesAreIdentical() {
        String dept = "REPEAT1";
        String erp = erpOf(dept);
        String url = base(dept, 2023) + "/budget/expenditures";
        as(erp).contentType("text/csv").body(HEADER + "E-9,2023-01-01,7.00,BASIC_PERSONNEL,\n").post(url)
                .then().statusCode(200);

        as(erp).contentType("text/csv").queryParam("mode", "per-line")
                .body(HEADER + "E-1,2023-03-01,1.00,BASIC_PERSONNEL,\n"
                        + "E-1,2023-03-01,1.00,BASIC_PERSONNEL,\n"     // identical repeat
                        + "E-9,2023-01-01,8.75,BASIC_PERSONNEL,\n"     // stored id, changed
                        + "E-9,2023-01-01,9.00,BASIC_PERSONNEL,\n")    // stored id, repeated
                .post(url).then().statusCode(200)
                .body("accepted", equalTo(2)).body("rejected", equalTo(2)).body("written", equalTo(2))
                .body("rejectedLines.row", equalTo(java.util.List.of(2, 4)))
                .body("rejectedLines.field", equalTo(java.util.List.of("lineId", "lineId")));

        as(erp).get(url).then().body("total", equalTo(2))
                .body("items[1].amount", comparesEqualTo(new BigDecimal("8.75")));
    }

    /** The semantics at the size; its speed is measured by the benchmark (BENCHMARKS.md), not here. */
    @Test
    void aHundredThousandLineCsvIsStreamedIntoOneTransactionAndOneEventPerSnapshot() throws Exception {
        String dept = "BULK1";
        String erp = erpOf(dept);
        int lines = 100_000;
        as(erp).body(GeneratedPush.projectsJson()).put(base(dept, 2023) + "/budget/projects").then().statusCode(200);
        int factsBefore = events(SnapshotType.BUDGET_FACTS, dept, 2023).size();
        int paceBefore = events(SnapshotType.EXECUTION_PACE, dept, 2023).size();

        HttpRequest request = HttpRequest.newBuilder(root.resolve(base(dept, 2023).substring(1) + "/budget/expenditures"))
                .header("Authorization", "Bearer " + erp).header("Content-Type", GeneratedPush.contentType(false))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedPush(lines, false))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"accepted\":" + lines, "\"written\":" + lines);
        assertThat(events(SnapshotType.BUDGET_FACTS, dept, 2023)).hasSize(factsBefore + 1);
        assertThat(events(SnapshotType.EXECUTION_PACE, dept, 2023)).hasSize(paceBefore + 1);
        as(erp).get(base(dept, 2023) + "/budget/summary").then()
                .body("summary.spent", comparesEqualTo(GeneratedPush.expectedTotal(lines)));
        as(erp).get(base(dept, 2023) + "/budget/expenditures").then().body("total", equalTo(lines));
        // The pace stays small: the generated dates fall on 84 days (months 1–12 × days 1–28 in step).
        JsonNode pace = lastData(SnapshotType.EXECUTION_PACE, dept, 2023);
        assertThat(pace.get("dailySpending")).hasSize(84);
        assertThat(sum(pace.get("dailySpending"), "amount")).isEqualByComparingTo(GeneratedPush.expectedTotal(lines));
    }

    private static BigDecimal sum(JsonNode entries, String field) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode entry : entries) {
            total = total.add(entry.get(field).decimalValue());
        }
        return total;
    }
}
