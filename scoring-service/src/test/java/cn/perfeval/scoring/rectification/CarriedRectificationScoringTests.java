package cn.perfeval.scoring.rectification;

import static cn.perfeval.scoring.rectification.RectificationSteps.close;
import static cn.perfeval.scoring.rectification.RectificationSteps.editor;
import static cn.perfeval.scoring.rectification.RectificationSteps.open;
import static cn.perfeval.scoring.rectification.RectificationSteps.task;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.scoring.ScorecardPolling;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.scheme.SchemeVersionRescore;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A scheme can score the tasks carried into a year: under a version of the Guangzhou scheme whose 结果应用
 * (result-application, 3 points) deducts 1 point per open task of the previous year instead of being judged, the
 * tasks of 2023 cost the 2024 evaluation its points and closing one gives a point back — through the real consumers,
 * the recompute marks and the worker.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class CarriedRectificationScoringTests {

    private static final String DEPT = "CARRYSCORE";
    private static final int YEAR = 2023;
    private static final String ITEM = "result-application";
    private static final String TEST_VERSION = "carried-rectification";

    @Inject
    EntityManager entityManager;

    @Inject
    SchemeVersionRescore rescore;

    /**
     * Every evaluation of this shared database is scored under the latest version of the default scheme: the test's
     * own version goes, and whatever it scored is rescored under the version before it (as ShippedSchemeTests does).
     */
    @AfterEach
    void forgetTheTestVersion() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("DELETE FROM scheme_version WHERE version = :version")
                .setParameter("version", TEST_VERSION).executeUpdate());
        rescore.rescoreOutdated();
    }

    @Test
    void openTasksOf2023Deduct2024PointsAndClosingOneRestoresItsPoint() throws IOException {
        addSchemeScoringCarriedTasks();
        for (int year : List.of(YEAR, YEAR + 1)) {
            try (SeedEvents events = new SeedEvents(DEPT, year)) {
                events.wholeSeed();
            }
        }
        awaitItem(YEAR, "3");
        awaitItem(YEAR + 1, "3");

        long signing = open(editor(DEPT), DEPT, YEAR, task("REPORT_PROBLEM", "contract-signing-timeliness",
                "2024-06-30")).then().statusCode(201).extract().jsonPath().getLong("id");
        long filing = open(editor(DEPT), DEPT, YEAR, task("REPORT_PROBLEM", "contract-filing-timeliness",
                "2024-03-31")).then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath twoOpen = awaitItem(YEAR + 1, "1");
        assertThat(twoOpen.getList(item("deductions.recordId"), String.class))
                .containsExactly(String.valueOf(signing), String.valueOf(filing));
        assertThat(twoOpen.getList("carriedRectification.state", String.class)).containsExactly("OPEN", "OPEN");

        close(editor(DEPT), DEPT, YEAR, signing, java.util.Map.of("evidence", "合同签订时限台账已建立")).then()
                .statusCode(200);
        JsonPath oneOpen = awaitItem(YEAR + 1, "2");
        assertThat(oneOpen.getList(item("deductions.recordId"), String.class)).containsExactly(String.valueOf(filing));
        assertThat(oneOpen.getList("carriedRectification.state", String.class)).containsExactly("CLOSED", "OPEN");
        assertThat(new BigDecimal(oneOpen.getString("total")))
                .isEqualByComparingTo(new BigDecimal(twoOpen.getString("total")).add(BigDecimal.ONE));

        // the tasks are 2023's own: its scorecard reads the tasks of 2022, of which there are none
        JsonPath ownYear = ScorecardPolling.awaitScorecard(DEPT, YEAR, s -> true);
        assertThat(new BigDecimal(ownYear.getString(item("score")))).isEqualByComparingTo("3");
        assertThat(ownYear.getList("carriedRectification")).isEmpty();
    }

    /** The shipped scheme with 结果应用 scored as 1 point off per open carried task, added as its next version. */
    private static void addSchemeScoringCarriedTasks() throws IOException {
        String shipped;
        try (InputStream in = CarriedRectificationScoringTests.class.getClassLoader()
                .getResourceAsStream("schemes/guangzhou-2023.yaml")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String judged = "    max: 3\n    rule: judgement\n    description: 监控预警结果处理";
        assertThat(shipped).contains(judged);
        String scheme = shipped.replace("version: \"1\"", "version: \"" + TEST_VERSION + "\"").replace(judged,
                "    max: 3\n    rule: deduction-per-violation\n    params:\n      recordSet: rectification.carriedTasks\n"
                        + "      pointsPerViolation: 1\n    description: 监控预警结果处理");
        String admin = TestInfrastructure.tokens().token("admin", Set.of("admin"), Set.of());
        given().auth().oauth2(admin).contentType("text/plain; charset=UTF-8").body(scheme).post("/api/v1/schemes")
                .then().statusCode(202);   // the default scheme: every evaluation is rescored in the background
    }

    /** The year's scorecard once scored under that scheme from every fact, with 结果应用 at {@code points}. */
    private static JsonPath awaitItem(int year, String points) {
        return ScorecardPolling.awaitScorecard(DEPT, year, s -> TEST_VERSION.equals(s.getString("schemeVersion"))
                && s.getBoolean("items.find { it.code == 'contract-signing-timeliness' }.complete")
                && s.getBoolean("items.find { it.code == 'output-indicators' }.complete")
                && new BigDecimal(s.getString(item("score"))).compareTo(new BigDecimal(points)) == 0);
    }

    private static String item(String field) {
        return "items.find { it.code == '" + ITEM + "' }." + field;
    }
}
