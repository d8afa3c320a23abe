package cn.perfeval.scoring.scheme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.scoring.ScorecardPolling;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A new version of the default scheme rescores every evaluation in the background: the POST answers 202 with the
 * job's Location, the job's progress reaches its total, and then every evaluation's latest scorecard cites the new
 * version (and the bureau's list shows it). Other test classes' evaluations share the database (test resources
 * are global), so the job's total is at least these six.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class SchemeRescoreJobTests {

    private static final int YEAR = 2023;
    private static final List<String> DEPARTMENTS = IntStream.range(0, 6).mapToObj(i -> "RESCORE" + i).toList();

    @Test
    void everyEvaluationIsRescoredUnderTheNewVersionAndTheJobShowsItsProgress() throws IOException {
        for (String dept : DEPARTMENTS) {
            try (SeedEvents events = new SeedEvents(dept, YEAR)) {
                events.wholeSeed();
            }
        }
        // scored under whichever version is the latest now (other test classes add versions too)
        DEPARTMENTS.forEach(dept -> ScorecardPolling.awaitScorecard(dept, YEAR, s -> true));

        Response started = given().auth().oauth2(admin()).contentType("text/plain; charset=UTF-8")
                .body(shipped().replace("version: \"1\"", "version: \"7\"")).post("/api/v1/schemes");
        started.then().statusCode(202).header("Location", org.hamcrest.Matchers.containsString("/api/v1/jobs/"))
                .body("kind", org.hamcrest.Matchers.equalTo("scheme-rescore"))
                .body("subject", org.hamcrest.Matchers.equalTo("guangzhou-2023:7"))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(DEPARTMENTS.size()));

        JsonPath job = awaitFinished(started.header("Location"));
        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(job.getLong("done")).isEqualTo(job.getLong("total")).isGreaterThanOrEqualTo(DEPARTMENTS.size());
        assertThat(job.getLong("failed")).isZero();
        assertThat(job.getString("finishedAt")).isNotNull();
        assertThat(job.getString("startedBy")).isEqualTo("admin");
        for (String dept : DEPARTMENTS) {
            // read once, not polled: the job is done only when every evaluation was scored under the version
            given().auth().oauth2(SeedEvents.reviewerToken()).get(ScorecardPolling.scorecardPath(dept, YEAR)).then()
                    .statusCode(200).body("schemeVersion", org.hamcrest.Matchers.equalTo("7"));
        }
        JsonPath list = given().auth().oauth2(SeedEvents.reviewerToken())
                .get("/api/v1/years/" + YEAR + "/scorecards?sort=department&size=200").then().statusCode(200).extract().jsonPath();
        for (String dept : DEPARTMENTS) {
            assertThat(list.getInt("departments.find { it.departmentCode == '" + dept + "' }.version")).as(dept)
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theBureauAndOperatorsFollowJobsAndOnlyOperatorsStartThem() {
        String unknown = "/api/v1/jobs/3f2c5e0a-8d1b-4c7e-9a51-2b6f0d4e8c13";
        given().auth().oauth2(SeedEvents.reviewerToken()).get(unknown).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(admin()).get(unknown).then().statusCode(404);
        given().auth().oauth2(SeedEvents.editorToken("RESCORE0")).get(unknown).then().statusCode(403);
        given().get(unknown).then().statusCode(401);
        given().auth().oauth2(admin()).get("/api/v1/jobs/not-a-job").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem("id"));
        given().auth().oauth2(SeedEvents.reviewerToken()).contentType("text/plain; charset=UTF-8").body("id: x")
                .post("/api/v1/schemes").then().statusCode(403);
    }

    /** Polls the job until it is no longer RUNNING (120 s at most); its done count never goes down meanwhile. */
    private static JsonPath awaitFinished(String location) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        long done = 0;
        while (System.nanoTime() < deadline) {
            JsonPath job = given().auth().oauth2(SeedEvents.reviewerToken()).get(location).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(job.getLong("done")).isGreaterThanOrEqualTo(done).isLessThanOrEqualTo(job.getLong("total"));
            done = job.getLong("done");
            if (!"RUNNING".equals(job.getString("state"))) {
                return job;
            }
            ScorecardPolling.pause();
        }
        throw new AssertionError("the job " + location + " did not finish");
    }

    private static String admin() {
        return TestInfrastructure.tokens().token("admin", Set.of("admin"), Set.of());
    }

    private static String shipped() throws IOException {
        try (InputStream in = SchemeRescoreJobTests.class.getClassLoader().getResourceAsStream("schemes/guangzhou-2023.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
