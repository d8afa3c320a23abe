package cn.perfeval.scoring;

import static io.restassured.RestAssured.given;

import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.scoring.engine.facts.JudgementFact;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/** Component-test steps around an evaluation's stored scorecard: entering the seed's judgements, waiting for a state. */
public final class ScorecardPolling {

    private ScorecardPolling() {
    }

    public static String scorecardPath(String dept, int year) {
        return "/api/v1/departments/" + dept + "/years/" + year + "/scorecard";
    }

    /** The seed's verdicts, self-assessed by the department's editor through the judgement API. */
    public static void enterSeedJudgements(String dept, int year) {
        for (Map.Entry<String, JudgementFact> judgement : GuangzhouSeed.judgements().entrySet()) {
            given().auth().oauth2(SeedEvents.editorToken(dept)).contentType("application/json")
                    .body(Map.of("points", judgement.getValue().points(), "text", judgement.getValue().text(),
                            "evidenceDocument", judgement.getValue().evidence()))
                    .put("/api/v1/departments/" + dept + "/years/" + year + "/judgements/" + judgement.getKey())
                    .then().statusCode(200);
        }
    }

    /** Polls the stored scorecard until {@code done} holds (60 s at most). */
    public static JsonPath awaitScorecard(String dept, int year, Predicate<JsonPath> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            var response = given().auth().oauth2(SeedEvents.reviewerToken()).get(scorecardPath(dept, year));
            if (response.statusCode() == 200) {
                last = response.jsonPath();
                if (done.test(last)) {
                    return last;
                }
            }
            pause();
        }
        throw new AssertionError("scorecard did not reach the expected state; last: " + (last == null ? null : last.prettify()));
    }

    /** The polling interval. */
    public static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
