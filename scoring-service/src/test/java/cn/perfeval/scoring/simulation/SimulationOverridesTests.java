package cn.perfeval.scoring.simulation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.scoring.ScorecardPolling;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A what-if override that nothing in the scheme reads would change nothing, so it is a 400 problem naming its field,
 * never a scorecard that looks as if it had been overridden.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class SimulationOverridesTests {

    private static final String DEPT = "SIMOVERRIDES";
    private static final String SIMULATIONS = ScorecardPolling.scorecardPath(DEPT, 2023) + "/simulations";

    private static RequestSpecification editor() {
        return given().auth().oauth2(TestInfrastructure.tokens().token("editor", Set.of("department-editor"), Set.of(DEPT)))
                .contentType("application/json");
    }

    @Test
    void aJudgementOverrideOfAJudgementItemIsScored() {
        editor().body("{\"judgements\": {\"financial-compliance\": 1.5}}").post(SIMULATIONS).then().statusCode(200)
                .body("items.find { it.code == 'financial-compliance' }.score", equalTo(1.5f));
    }

    @Test
    void aJudgementOverrideOfAnItemTheSchemeDoesNotHaveIsA400NamingIt() {
        editor().body("{\"judgements\": {\"financial-compliance\": 2, \"no-such-item\": 1}}").post(SIMULATIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("judgements"))
                .body("errors[0].message", containsString("no-such-item"));
    }

    @Test
    void aJudgementOverrideOfAnItemScoredFromDataIsA400NamingIt() {
        editor().body("{\"judgements\": {\"public-funds-control\": 0}}").post(SIMULATIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("judgements"))
                .body("errors[0].message", containsString("public-funds-control"))
                .body("errors[0].message", containsString("threshold"));
    }

    @Test
    void aNumberOverrideOfAnUnknownFactKeyIsA400NamingIt() {
        editor().body("{\"numbers\": {\"budget.noSuchFact\": 1}}").post(SIMULATIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("numbers"))
                .body("errors[0].message", containsString("budget.noSuchFact"));
    }
}
