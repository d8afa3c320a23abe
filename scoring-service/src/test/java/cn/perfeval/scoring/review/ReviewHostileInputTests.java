package cn.perfeval.scoring.review;

import static cn.perfeval.scoring.review.ReviewTests.base;
import static cn.perfeval.scoring.review.ReviewTests.qualitativeId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and careless requests on every review write: each is a 4xx problem+json, and the review (decisions,
 * comments, answers) and the scorecard are what they were. The evaluation is seeded and self-assessed, and holds one
 * comment, so that the same requests without the fault would succeed.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class ReviewHostileInputTests {

    private static final String DEPT = "REVHOSTILE";
    private static final String LONG_TEXT = "意".repeat(TextLimits.TEXT + 1);
    private static Integer commentId;

    private enum Caller { REVIEWER, EDITOR }

    private static Arguments call(String what, Caller caller, String method, String path, String body, int status) {
        return Arguments.of(what, caller, method, path, body, status);
    }

    static Stream<Arguments> hostileRequests() {
        String judgement = "/review/judgements/financial-compliance";
        String grade = "/review/indicators/" + qualitativeId(DEPT);
        String comments = "/review/comments";
        String answers = "/review/comments/{comment}/answers";
        return Stream.of(
                call("no decision", Caller.REVIEWER, "PUT", judgement, "{}", 400),
                call("a decision in lower case", Caller.REVIEWER, "PUT", judgement, "{\"decision\":\"confirmed\"}", 400),
                call("a decision as a number", Caller.REVIEWER, "PUT", judgement, "{\"decision\":1}", 400),
                call("negative points", Caller.REVIEWER, "PUT", judgement,
                        "{\"decision\":\"ADJUSTED\",\"points\":-1,\"reason\":\"r\"}", 400),
                call("points with three decimals", Caller.REVIEWER, "PUT", judgement,
                        "{\"decision\":\"ADJUSTED\",\"points\":1.555,\"reason\":\"r\"}", 400),
                call("points beyond any number", Caller.REVIEWER, "PUT", judgement,
                        "{\"decision\":\"ADJUSTED\",\"points\":1e400,\"reason\":\"r\"}", 400),
                call("a confirmation with points", Caller.REVIEWER, "PUT", judgement,
                        "{\"decision\":\"CONFIRMED\",\"points\":1}", 400),
                call("a reason beyond its limit", Caller.REVIEWER, "PUT", judgement,
                        "{\"decision\":\"ADJUSTED\",\"points\":1,\"reason\":\"" + LONG_TEXT + "\"}", 400),
                call("a control character in the reason", Caller.REVIEWER, "PUT", judgement,
                        "{\"decision\":\"ADJUSTED\",\"points\":1,\"reason\":\"a\\u001b[31m\"}", 400),
                call("an unknown field", Caller.REVIEWER, "PUT", judgement, "{\"decision\":\"CONFIRMED\",\"by\":\"x\"}", 400),
                call("text after the value", Caller.REVIEWER, "PUT", judgement, "{\"decision\":\"CONFIRMED\"} {}", 400),
                call("a list for the body", Caller.REVIEWER, "PUT", judgement, "[]", 400),
                call("an empty body", Caller.REVIEWER, "PUT", judgement, "", 400),
                call("a grade the engine does not know", Caller.REVIEWER, "PUT", grade,
                        "{\"decision\":\"ADJUSTED\",\"grade\":\"EXCELLENT\",\"reason\":\"r\"}", 400),
                call("an adjustment without a grade", Caller.REVIEWER, "PUT", grade,
                        "{\"decision\":\"ADJUSTED\",\"share\":0.9,\"reason\":\"r\"}", 400),
                call("a share above 1", Caller.REVIEWER, "PUT", grade,
                        "{\"decision\":\"ADJUSTED\",\"grade\":\"ACHIEVED\",\"share\":1.5,\"reason\":\"r\"}", 400),
                call("a confirmation with a grade", Caller.REVIEWER, "PUT", grade,
                        "{\"decision\":\"CONFIRMED\",\"grade\":\"ACHIEVED\"}", 400),
                call("a confirmation with a share", Caller.REVIEWER, "PUT", grade, "{\"decision\":\"CONFIRMED\",\"share\":0.9}", 400),
                call("a control character in the indicator id", Caller.REVIEWER, "PUT", "/review/indicators/Q%07",
                        "{\"decision\":\"CONFIRMED\"}", 400),
                call("a comment on an item the scheme lacks", Caller.REVIEWER, "POST", comments,
                        "{\"itemCode\":\"no-such-item\",\"text\":\"t\"}", 400),
                call("a comment without text", Caller.REVIEWER, "POST", comments, "{\"itemCode\":\"financial-compliance\",\"text\":\" \"}", 400),
                call("a comment beyond its limit", Caller.REVIEWER, "POST", comments,
                        "{\"itemCode\":\"financial-compliance\",\"text\":\"" + LONG_TEXT + "\"}", 400),
                call("an item code over two lines", Caller.REVIEWER, "POST", comments,
                        "{\"itemCode\":\"financial-compliance\\n\",\"text\":\"t\"}", 400),
                call("half a surrogate pair", Caller.REVIEWER, "POST", comments,
                        "{\"itemCode\":\"financial-compliance\",\"text\":\"\\ud800\"}", 400),
                call("a null text", Caller.EDITOR, "POST", answers, "{\"text\":null}", 400),
                call("an answer beyond its limit", Caller.EDITOR, "POST", answers, "{\"text\":\"" + LONG_TEXT + "\"}", 400),
                call("an answer naming its own author", Caller.EDITOR, "POST", answers, "{\"text\":\"t\",\"by\":\"x\"}", 400),
                call("an answer to a comment id that is no number", Caller.EDITOR, "POST", "/review/comments/abc/answers",
                        "{\"text\":\"t\"}", 404),
                call("an answer to no comment", Caller.EDITOR, "POST", "/review/comments/-1/answers", "{\"text\":\"t\"}", 404));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void isA4xxProblemAndChangesNothing(String what, Caller caller, String method, String path, String body, int status) {
        String resolved = base(DEPT) + path.replace("{comment}", String.valueOf(commentId()));
        String before = state();
        // sent as written: a %07 in the path stays a control character
        Response response = given().urlEncodingEnabled(false).auth()
                .oauth2(caller == Caller.REVIEWER ? SeedEvents.reviewerToken() : SeedEvents.editorToken(DEPT))
                .contentType("application/json; charset=UTF-8").body(body).request(method, resolved);

        assertThat(response.statusCode()).as(what + ": " + response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aBodyWithoutContentTypeIsA415AndChangesNothing() {
        commentId();
        String before = state();
        given().auth().oauth2(SeedEvents.reviewerToken()).body("{\"itemCode\":\"financial-compliance\",\"text\":\"t\"}")
                .post(base(DEPT) + "/review/comments").then().statusCode(415).contentType("application/problem+json");
        assertThat(state()).isEqualTo(before);
    }

    /** The review and the latest scorecard version, as the department reads them. */
    private static String state() {
        String review = given().auth().oauth2(SeedEvents.editorToken(DEPT)).get(base(DEPT) + "/review")
                .then().statusCode(200).extract().asString();
        int version = given().auth().oauth2(SeedEvents.editorToken(DEPT)).get(base(DEPT) + "/scorecard")
                .then().statusCode(200).extract().path("version");
        return review + "\nscorecard version " + version;
    }

    /** Seeds the evaluation and writes one comment, once for all cases. */
    private static synchronized int commentId() {
        if (commentId == null) {
            ReviewTests.submitted(DEPT);
            commentId = given().auth().oauth2(SeedEvents.reviewerToken()).contentType("application/json")
                    .body(Map.of("itemCode", "financial-compliance", "text", "请补充证据。"))
                    .post(base(DEPT) + "/review/comments").then().statusCode(201).extract().path("id");
        }
        return commentId;
    }
}
