package cn.perfeval.scoring.monitoring;

import static cn.perfeval.scoring.monitoring.MonitoringRoundTests.JULY_31;
import static cn.perfeval.scoring.monitoring.MonitoringRoundTests.rounds;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and careless requests on every monitoring write: each is a 4xx problem+json and the rounds, their
 * versions and the thresholds are what they were. The evaluation holds the July round, so that the same requests
 * without the fault would succeed.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class MonitoringHostileInputTests {

    private static final String DEPT = "MONHOSTILE";
    private static final String LONG_TEXT = "意".repeat(TextLimits.TEXT + 1);
    private static final String THRESHOLDS = "/api/v1/schemes/guangzhou-2023/monitoring-thresholds";
    private static boolean seeded;

    private enum Caller { EDITOR, ADMIN }

    private static Arguments call(String what, Caller caller, String method, String path, String body, int status) {
        return Arguments.of(what, caller, method, path, body, status);
    }

    static Stream<Arguments> hostileRequests() {
        String round = "/" + JULY_31;
        String loans = round + "/indicators/" + MonitoringEvents.id(DEPT, "loans");
        String service = round + "/indicators/" + MonitoringEvents.id(DEPT, "service");
        String dueBefore = "[{\"measure\":\"m\",\"owner\":\"o\",\"dueDate\":\"2023-07-30\"}]";
        String measure = "{\"measure\":\"m\",\"owner\":\"o\",\"dueDate\":\"2023-09-30\"},";
        String tooMany = "[" + measure.repeat(TextLimits.TEXT_ITEMS) + measure.substring(0, measure.length() - 1) + "]";
        return Stream.of(
                call("a judgement not in the list", Caller.EDITOR, "PUT", loans, "{\"judgement\":\"PROBABLY\"}", 400),
                call("no judgement", Caller.EDITOR, "PUT", loans, "{\"forecast\":\"4万笔\"}", 400),
                call("a reason code not in the list", Caller.EDITOR, "PUT", loans,
                        "{\"judgement\":\"MAY_MEET\",\"deviation\":{\"reason\":\"WEATHER\",\"text\":\"t\"}}", 400),
                call("a deviation without text", Caller.EDITOR, "PUT", round + "/budget",
                        "{\"deviation\":{\"reason\":\"OTHER\",\"text\":\" \"}}", 400),
                call("a deviation beyond its limit", Caller.EDITOR, "PUT", round + "/budget",
                        "{\"deviation\":{\"reason\":\"OTHER\",\"text\":\"" + LONG_TEXT + "\"}}", 400),
                call("more measures than allowed", Caller.EDITOR, "PUT", round + "/budget", "{\"measures\":" + tooMany + "}", 400),
                call("a measure without a due date", Caller.EDITOR, "PUT", round + "/budget",
                        "{\"measures\":[{\"measure\":\"m\",\"owner\":\"o\"}]}", 400),
                call("a due date before the round", Caller.EDITOR, "PUT", loans,
                        "{\"judgement\":\"MAY_MEET\",\"measures\":" + dueBefore + "}", 422),
                call("a due date before the round, on a project", Caller.EDITOR, "PUT", round + "/projects/P2023-01",
                        "{\"measures\":" + dueBefore + "}", 422),
                call("a forecast on a qualitative indicator", Caller.EDITOR, "PUT", service,
                        "{\"judgement\":\"MAY_MEET\",\"forecast\":\"明显提升\"}", 422),
                call("a forecast in another unit", Caller.EDITOR, "PUT", loans,
                        "{\"judgement\":\"MAY_MEET\",\"forecast\":\"4.6万人\"}", 422),
                call("a forecast over two lines", Caller.EDITOR, "PUT", loans,
                        "{\"judgement\":\"MAY_MEET\",\"forecast\":\"4.6万笔\\n\"}", 400),
                call("an unknown field", Caller.EDITOR, "PUT", loans, "{\"judgement\":\"MAY_MEET\",\"light\":\"GREEN\"}", 400),
                call("text after the value", Caller.EDITOR, "PUT", round + "/budget", "{} {}", 400),
                call("an indicator the evaluation lacks", Caller.EDITOR, "PUT", round + "/indicators/no-such-indicator",
                        "{\"judgement\":\"MAY_MEET\"}", 404),
                call("a project the pace lacks", Caller.EDITOR, "PUT", round + "/projects/NOPE", "{}", 404),
                call("a round that does not exist", Caller.EDITOR, "PUT", "/2023-05-31/budget", "{}", 404),
                call("a round named by no date", Caller.EDITOR, "PUT", "/july/budget", "{}", 404),
                call("a round outside the year", Caller.EDITOR, "POST", "", "{\"asOf\":\"2024-01-31\"}", 422),
                call("a round that exists", Caller.EDITOR, "POST", "", "{\"asOf\":\"" + JULY_31 + "\"}", 409),
                call("a round on no date", Caller.EDITOR, "POST", "", "{\"asOf\":\"2023-02-30\"}", 400),
                call("a closure with a field", Caller.EDITOR, "POST", round + "/closure", "{\"reason\":\"x\"}", 400),
                call("thresholds with red before yellow", Caller.ADMIN, "PUT", THRESHOLDS,
                        "{\"budgetPace\":{\"yellowBehindPoints\":6,\"redBehindPoints\":5,\"monthlyTargets\":{}},"
                                + "\"targetProgress\":{\"yellowBehindPoints\":5,\"redBehindPoints\":15}}", 400),
                call("thresholds with a thirteenth month", Caller.ADMIN, "PUT", THRESHOLDS,
                        "{\"budgetPace\":{\"yellowBehindPoints\":0,\"redBehindPoints\":10,\"monthlyTargets\":{\"13\":90}},"
                                + "\"targetProgress\":{\"yellowBehindPoints\":5,\"redBehindPoints\":15}}", 400),
                call("thresholds with targets falling", Caller.ADMIN, "PUT", THRESHOLDS,
                        "{\"budgetPace\":{\"yellowBehindPoints\":0,\"redBehindPoints\":10,\"monthlyTargets\":{\"6\":50,\"9\":40}},"
                                + "\"targetProgress\":{\"yellowBehindPoints\":5,\"redBehindPoints\":15}}", 400),
                call("thresholds above 100", Caller.ADMIN, "PUT", THRESHOLDS,
                        "{\"budgetPace\":{\"yellowBehindPoints\":0,\"redBehindPoints\":10,\"monthlyTargets\":{\"6\":150}},"
                                + "\"targetProgress\":{\"yellowBehindPoints\":5,\"redBehindPoints\":15}}", 400),
                call("thresholds without targetProgress", Caller.ADMIN, "PUT", THRESHOLDS,
                        "{\"budgetPace\":{\"yellowBehindPoints\":0,\"redBehindPoints\":10,\"monthlyTargets\":{}}}", 400),
                call("thresholds of a scheme without any", Caller.ADMIN, "PUT", "/api/v1/schemes/no-such-scheme/monitoring-thresholds",
                        "{\"budgetPace\":{\"yellowBehindPoints\":0,\"redBehindPoints\":10,\"monthlyTargets\":{}},"
                                + "\"targetProgress\":{\"yellowBehindPoints\":5,\"redBehindPoints\":15}}", 404));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void isA4xxProblemAndChangesNothing(String what, Caller caller, String method, String path, String body, int status) {
        seed();
        String resolved = path.startsWith("/api/") ? path : rounds(DEPT) + path;
        String before = state();
        Response response = given().urlEncodingEnabled(false).auth()
                .oauth2(caller == Caller.ADMIN ? TestInfrastructure.tokens().token("admin", Set.of("admin"), Set.of())
                        : SeedEvents.editorToken(DEPT))
                .contentType("application/json; charset=UTF-8").body(body).request(method, resolved);

        assertThat(response.statusCode()).as(what + ": " + response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(state()).isEqualTo(before);
    }

    /** The rounds, the July round and the thresholds, as their readers see them. */
    private static String state() {
        String list = given().auth().oauth2(SeedEvents.editorToken(DEPT)).get(rounds(DEPT)).then().statusCode(200)
                .extract().asString();
        String july = given().auth().oauth2(SeedEvents.editorToken(DEPT)).get(rounds(DEPT) + "/" + JULY_31).then()
                .statusCode(200).extract().asString();
        String thresholds = given().auth().oauth2(SeedEvents.editorToken(DEPT)).get(THRESHOLDS).then().statusCode(200)
                .extract().asString();
        return list + "\n" + july + "\n" + thresholds;
    }

    private static synchronized void seed() {
        if (!seeded) {
            MonitoringRoundTests.julyRound(DEPT);
            seeded = true;
        }
    }
}
