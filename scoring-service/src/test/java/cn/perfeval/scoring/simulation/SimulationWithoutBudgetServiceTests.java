package cn.perfeval.scoring.simulation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.scoring.ScorecardPolling;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.testinfra.KafkaBroker;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A what-if with procurement dates needs budget-service to judge them; without it, that what-if is a 503 problem
 * (never a 500), while a what-if with compliance flags only still answers. Budget-service is first hung (a port that
 * accepts connections and never answers), then down (nothing listens). Likewise a what-if with actuals as written
 * needs indicator-service, which is down here.
 */
@QuarkusTest
@TestProfile(SimulationWithoutBudgetServiceTests.BudgetServiceOnAFreePort.class)
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulationWithoutBudgetServiceTests {

    private static final String DEPT = "SIMNOBUDGET";
    private static final int YEAR = 2023;
    private static final String SIMULATIONS = ScorecardPolling.scorecardPath(DEPT, YEAR) + "/simulations";

    /** Budget-service's URL on a port nothing listens on yet, with a short read timeout. */
    public static class BudgetServiceOnAFreePort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.budget.url", "http://127.0.0.1:" + KafkaBroker.freePort(),
                    "quarkus.rest-client.budget.read-timeout", "1500",
                    "quarkus.rest-client.indicator.url", "http://127.0.0.1:" + KafkaBroker.freePort());
        }
    }

    private static final String CORRECTED_DATES = """
            {"procurement": {"contracts": [{"contractId": "%s", "signedOn": "2023-03-20"},
                                           {"contractId": "%s", "filedOn": "2023-06-06"}]}}
            """.formatted(GuangzhouSeed.LATE_SIGNING, GuangzhouSeed.LATE_FILING);

    private static JsonPath stored;

    @Test
    @Order(1)
    void theSeedIsScored() {
        try (SeedEvents events = new SeedEvents(DEPT, YEAR)) {
            events.indicators(1);
            events.budgetFacts(GuangzhouSeed.facts(), 1);
            events.procurementFacts(GuangzhouSeed.facts(), 1);
        }
        ScorecardPolling.enterSeedJudgements(DEPT, YEAR);
        stored = ScorecardPolling.awaitScorecard(DEPT, YEAR, s -> s.getBoolean("complete"));
        assertThat(new BigDecimal(stored.getString("total"))).isEqualByComparingTo("95.54");
    }

    private static String editor() {
        return TestInfrastructure.tokens().token("editor", Set.of("department-editor"), Set.of(DEPT));
    }

    @Test
    @Order(2)
    void datesWhileBudgetServiceHangsOrIsDownAre503ProblemsAndFlagsOnlyStillWork() throws IOException {
        URI budget = URI.create(ConfigProvider.getConfig().getValue("quarkus.rest-client.budget.url", String.class));
        try (ServerSocket hung = new ServerSocket(budget.getPort(), 50, InetAddress.getLoopbackAddress())) {
            // connections are accepted by the kernel and never answered: the read timeout ends the wait
            given().auth().oauth2(editor()).contentType("application/json").body(CORRECTED_DATES).post(SIMULATIONS)
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo("https://perfeval.cn/problems/service-unavailable"))
                    .body("detail", containsString("budget-service"));
        }
        given().auth().oauth2(editor()).contentType("application/json").body(CORRECTED_DATES).post(SIMULATIONS)
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("budget-service"));

        JsonPath flagsOnly = given().auth().oauth2(editor()).contentType("application/json").body(Map.of("records", Map.of(
                        "procurement.contracts.signing", java.util.List.of(Map.of("id", GuangzhouSeed.LATE_SIGNING, "compliant", true)),
                        "procurement.contracts.filing", java.util.List.of(Map.of("id", GuangzhouSeed.LATE_FILING, "compliant", true)))))
                .post(SIMULATIONS).then().statusCode(200).extract().jsonPath();
        assertThat(new BigDecimal(flagsOnly.getString("total"))).isEqualByComparingTo("99.54");

        JsonPath after = given().auth().oauth2(editor()).get(ScorecardPolling.scorecardPath(DEPT, YEAR))
                .then().statusCode(200).extract().jsonPath();
        assertThat(after.getInt("version")).isEqualTo(stored.getInt("version"));
        assertThat(new BigDecimal(after.getString("total"))).isEqualByComparingTo("95.54");
    }

    @Test
    @Order(3)
    void anotherDepartmentsEditorIsForbiddenBeforeBudgetServiceIsAsked() {
        String outsider = TestInfrastructure.tokens().token("outsider", Set.of("department-editor"), Set.of("ELSEWHERE"));
        given().auth().oauth2(outsider).contentType("application/json").body(CORRECTED_DATES).post(SIMULATIONS)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @Order(4)
    void actualsAsWrittenWhileIndicatorServiceIsDownAre503Problems() {
        given().auth().oauth2(editor()).contentType("application/json")
                .body(Map.of("actualsAsWritten", Map.of("OUT-04", "4.00万笔")))
                .post(SIMULATIONS).then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://perfeval.cn/problems/service-unavailable"))
                .body("detail", containsString("indicator-service"));
    }
}
