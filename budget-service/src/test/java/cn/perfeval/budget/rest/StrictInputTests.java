package cn.perfeval.budget.rest;

import static cn.perfeval.budget.BudgetServiceTestSupport.admin;
import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static cn.perfeval.budget.BudgetServiceTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile and careless bodies on budget-service's writes (issue 13): each is a 4xx problem at once and stores
 * nothing. An empty body used to hold a worker thread for 60 s; a body without Content-Type was applied.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class StrictInputTests {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String APPROPRIATIONS = "[{\"lineId\":\"A1\",\"source\":\"GENERAL_PUBLIC_BUDGET\",\"amount\":1}]";

    @TestHTTPResource("/")
    URI root;

    @Test
    void anEmptyBodyIsA400AtOnce() throws Exception {
        String dept = "STRICT1";
        long start = System.nanoTime();
        HttpResponse<String> response = send(dept, "/budget/appropriations", "application/json",
                HttpRequest.BodyPublishers.noBody());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertProblem(response, 400);
        assertNothingWritten(dept);
    }

    @Test
    void aBodyWithoutContentTypeIsA415() throws Exception {
        String dept = "STRICT2";
        HttpResponse<String> response = send(dept, "/budget/appropriations", null,
                HttpRequest.BodyPublishers.ofString(APPROPRIATIONS));

        assertProblem(response, 415);
        assertNothingWritten(dept);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "text after the value | /budget/appropriations | [] [] | body",
            "a null in a list | /budget/appropriations | [null] | [0]",
            "a date as a number | /procurement/complaints | [{\"complaintId\":\"TS-1\",\"receivedOn\":20230101,\"upheldAgainstPurchaser\":true,\"summary\":\"s\"}] | [0].receivedOn",
            "\"\" for a date | /procurement/contracts | [{\"contractId\":\"HT-1\",\"projectCode\":\"CG-1\",\"awardNoticeIssuedOn\":\"2023-03-01\",\"signedOn\":\"2023-03-10\",\"filedOn\":\"\",\"amount\":1}] | [0].filedOn",
            "a fraction for an integer | /budget/monthly-execution | [{\"month\":1.5,\"ratePercent\":10}] | [0].month",
            "a formula as an id | /budget/appropriations | [{\"lineId\":\"=HYPERLINK(\\\"http://x\\\")\",\"source\":\"GENERAL_PUBLIC_BUDGET\",\"amount\":1}] | lineId",
            "a control character in a name | /budget/projects | [{\"code\":\"P1\",\"name\":\"a\\u001b[31m\",\"recurrence\":\"RECURRING\",\"novelty\":\"CONTINUING\",\"budgetAmount\":1,\"exAnteEvaluationDone\":true}] | name"})
    void aBodyJacksonUsedToGuessAtIsA400NamingTheField(String what, String path, String body, String field) {
        String dept = "STRICT3";
        as(erpOf(dept)).body(body).put(base(dept, 2023) + path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(endsWith(field)));
        assertNothingWritten(dept);
    }

    @Test
    void aTextBeyondItsLimitIsRefused() {
        String dept = "STRICT4";
        String complaint = "[{\"complaintId\":\"TS-1\",\"receivedOn\":\"2023-06-01\",\"upheldAgainstPurchaser\":true,"
                + "\"summary\":\"" + "投".repeat(TextLimits.TEXT + 1) + "\"}]";
        as(erpOf(dept)).body(complaint).put(base(dept, 2023) + "/procurement/complaints").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(endsWith("summary")));
        assertThat(events("procurement-events", dept, 2023)).isEmpty();
    }

    @Test
    void aCalendarWithAnUnknownFieldOrBytesThatAreNotUtf8IsRefused() {
        String calendar = "{\"year\":2031,\"version\":\"2031-v1\",\"notice\":{\"number\":\"N\",\"title\":\"T\","
                + "\"issuedOn\":\"2030-12-01\"},\"holidays\":[{\"name\":\"元旦\",\"offFrom\":\"2031-01-01\","
                + "\"offTo\":\"2031-01-01\",\"workd\":[]}]}";
        as(admin()).body(calendar).put("/api/v1/calendars/2031").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("holidays[0].workd"));
        byte[] latin1 = calendar.replace("\"workd\"", "\"worked\"").replace("元旦", "Fête")
                .getBytes(StandardCharsets.ISO_8859_1);
        as(admin()).body(latin1).put("/api/v1/calendars/2031").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("UTF-8"));
        as(admin()).get("/api/v1/calendars/2031").then().statusCode(404);
    }

    @Test
    void anErpCsvThatIsNotUtf8IsRefusedNotStoredWithReplacementCharacters() {
        String dept = "STRICT5";
        byte[] csv = "lineId,date,amount,category,projectCode\nL-1,2023-05-01,1.25,BASIC_PERSONNEL,\nL-Zürich,2023-05-01,1,BASIC_PERSONNEL,\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        as(erpOf(dept)).contentType("text/csv").body(csv).post(base(dept, 2023) + "/budget/expenditures").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.message", hasItem(containsString("UTF-8")));
        as(erpOf(dept)).get(base(dept, 2023) + "/budget/expenditures").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theOpenApiDocumentStatesTheLimits() {
        io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.ProcurementComplaint.properties.summary.maxLength", equalTo(TextLimits.TEXT))
                .body("components.schemas.ProcurementContract.properties.contractId.maxLength", equalTo(TextLimits.CODE));
    }

    private HttpResponse<String> send(String dept, String path, String contentType, HttpRequest.BodyPublisher body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(base(dept, 2023).substring(1) + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + erpOf(dept)).PUT(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static void assertNothingWritten(String dept) {
        as(erpOf(dept)).get(base(dept, 2023) + "/budget/appropriations").then().statusCode(200)
                .header("ETag", "\"0\"").body("total", equalTo(0));
        assertThat(events("budget-events", dept, 2023)).isEmpty();
    }
}
