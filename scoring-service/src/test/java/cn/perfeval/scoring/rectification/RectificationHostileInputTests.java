package cn.perfeval.scoring.rectification;

import static cn.perfeval.scoring.rectification.RectificationSteps.auditEntries;
import static cn.perfeval.scoring.rectification.RectificationSteps.editor;
import static cn.perfeval.scoring.rectification.RectificationSteps.open;
import static cn.perfeval.scoring.rectification.RectificationSteps.reviewer;
import static cn.perfeval.scoring.rectification.RectificationSteps.task;
import static cn.perfeval.scoring.rectification.RectificationSteps.tasks;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.platform.text.TextLimits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.restassured.response.Response;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and careless requests on rectification tasks: each is a 4xx problem+json (a 422 names the field at fault),
 * and the evaluation's tasks and their audit entries are what they were. The evaluation is seeded and holds one open
 * task, so that the same requests without the fault would succeed.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class RectificationHostileInputTests {

    private static final String DEPT = "RECTHOSTILE";
    private static final int YEAR = RectificationTests.YEAR;
    private static final String LONG_TEXT = "改".repeat(TextLimits.TEXT + 1);
    private static Long taskId;

    private static Arguments call(String what, String method, String path, String body, int status, String field) {
        return Arguments.of(what, method, path, body, status, field);
    }

    /** An open request whose source is {@code kind}/{@code reference}, due on {@code due}. */
    private static String opening(String kind, String reference, String due) {
        return "{\"source\":{\"kind\":\"" + kind + "\",\"reference\":\"" + reference + "\"},\"problem\":\"问题\","
                + "\"goal\":\"目标\",\"measure\":\"措施\",\"owner\":\"财务处\",\"dueDate\":\"" + due + "\"}";
    }

    private static String problem(String problem) {
        return "{\"source\":{\"kind\":\"REPORT_PROBLEM\",\"reference\":\"contract-signing-timeliness\"},\"problem\":"
                + problem + ",\"goal\":\"目标\",\"measure\":\"措施\",\"owner\":\"财务处\",\"dueDate\":\"2024-06-30\"}";
    }

    static Stream<Arguments> hostileRequests() {
        String open = "";
        String closure = "/{task}/closure";
        String good = opening("REPORT_PROBLEM", "contract-signing-timeliness", "2024-06-30");
        return Stream.of(
                call("an empty object", "POST", open, "{}", 400, "source"),
                call("an empty body", "POST", open, "", 400, null),
                call("a list for the body", "POST", open, "[]", 400, null),
                call("text after the value", "POST", open, good + " {}", 400, null),
                call("an unknown field", "POST", open, good.replace("{\"source\"", "{\"openedBy\":\"x\",\"source\""), 400,
                        "openedBy"),
                call("an unknown source kind", "POST", open, opening("AUDIT_FINDING", "x", "2024-06-30"), 400, null),
                call("a source kind in lower case", "POST", open, opening("report_problem", "x", "2024-06-30"), 400, null),
                call("a due date written otherwise", "POST", open, opening("REPORT_PROBLEM",
                        "contract-signing-timeliness", "2024/06/30"), 400, "dueDate"),
                call("a due date that does not exist", "POST", open, opening("REPORT_PROBLEM",
                        "contract-signing-timeliness", "2024-02-30"), 400, "dueDate"),
                call("a problem beyond its limit", "POST", open, problem("\"" + LONG_TEXT + "\""), 400, "problem"),
                call("a problem as an object", "POST", open, problem("{\"text\":\"问题\"}"), 400, "problem"),
                call("a blank problem", "POST", open, problem("\"  \""), 400, "problem"),
                call("an escape sequence in the problem", "POST", open, problem("\"a\\u001b[31m\""), 400, "problem"),
                call("an owner over two lines", "POST", open, good.replace("财务处", "财务处\\n办公室"), 400, "owner"),
                call("a blank reference", "POST", open, opening("REPORT_PROBLEM", " ", "2024-06-30"), 400,
                        "source.reference"),
                call("an item the scheme lacks", "POST", open, opening("REPORT_PROBLEM", "no-such-item", "2024-06-30"),
                        422, "source.reference"),
                call("an item without a deduction", "POST", open, opening("REPORT_PROBLEM", "carry-over-rate",
                        "2024-06-30"), 422, "source.reference"),
                call("a reference that is no item code", "POST", open, opening("REPORT_PROBLEM", "=HYPERLINK(1)",
                        "2024-06-30"), 422, "source.reference"),
                call("a report problem due before the year ended", "POST", open, opening("REPORT_PROBLEM",
                        "contract-signing-timeliness", "2023-12-30"), 422, "dueDate"),
                call("a malformed red light", "POST", open, opening("RED_LIGHT", "2023-07-31/light/1", "2023-08-31"),
                        422, "source.reference"),
                call("a red light without its as-of date", "POST", open, opening("RED_LIGHT", "budget", "2023-08-31"),
                        422, "source.reference"),
                call("a red light of another year's round", "POST", open, opening("RED_LIGHT", "2022-07-31/budget",
                        "2023-08-31"), 422, "source.reference"),
                call("a red light due before its round", "POST", open, opening("RED_LIGHT", "2023-07-31/budget",
                        "2023-07-30"), 422, "dueDate"),
                call("a red light without any monitoring round", "POST", open, opening("RED_LIGHT",
                        "2023-07-31/project/P2023-01", "2023-08-31"), 422, "source.reference"),
                call("a closure without evidence", "POST", closure, "{}", 400, "evidence"),
                call("evidence beyond its limit", "POST", closure, "{\"evidence\":\"" + LONG_TEXT + "\"}", 400, "evidence"),
                call("a plain http link", "POST", closure, "{\"evidence\":\"e\",\"evidenceUrl\":\"http://x.cn/a\"}", 400,
                        "evidenceUrl"),
                call("a script link", "POST", closure, "{\"evidence\":\"e\",\"evidenceUrl\":\"javascript:alert(1)\"}", 400,
                        "evidenceUrl"),
                call("a link with a space", "POST", closure, "{\"evidence\":\"e\",\"evidenceUrl\":\"https://x.cn/a b\"}",
                        400, "evidenceUrl"),
                call("a closure naming who closed", "POST", closure, "{\"evidence\":\"e\",\"closedBy\":\"x\"}", 400,
                        "closedBy"),
                call("a closure of no task", "POST", "/999999999/closure", "{\"evidence\":\"e\"}", 404, null),
                call("a closure of a task id that is no number", "POST", "/abc/closure", "{\"evidence\":\"e\"}", 404, null),
                call("a list of an unknown state", "GET", "?state=open", null, 400, "state"),
                call("a negative page", "GET", "?page=-1", null, 400, "page"),
                call("a page of a million entries", "GET", "?size=1000000", null, 400, "size"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void isA4xxProblemAndChangesNothing(String what, String method, String path, String body, int status,
            String field) {
        String resolved = tasks(DEPT, YEAR) + path.replace("{task}", String.valueOf(taskId()));
        String before = state();
        var request = given().urlEncodingEnabled(false).auth().oauth2(editor(DEPT))
                .contentType("application/json; charset=UTF-8");
        Response response = body == null ? request.request(method, resolved) : request.body(body).request(method, resolved);

        assertThat(response.statusCode()).as(what + ": " + response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.jsonPath().getList("errors.field", String.class)).as(what).contains(field);
        }
        assertThat(state()).isEqualTo(before);
    }

    /** The evaluation's tasks as the bureau reads them, and how many task writes were audited. */
    private static String state() {
        String tasks = given().auth().oauth2(reviewer()).get(tasks(DEPT, YEAR)).then().statusCode(200).extract().asString();
        return tasks + "\naudited " + auditEntries(DEPT, YEAR).size();
    }

    /** Seeds the evaluation and opens one task, once for all cases. */
    private static synchronized long taskId() {
        if (taskId == null) {
            RectificationTests.seeded(DEPT);
            taskId = open(editor(DEPT), DEPT, YEAR, task("REPORT_PROBLEM", "contract-signing-timeliness", "2024-06-30"))
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }
        return taskId;
    }
}
