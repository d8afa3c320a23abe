package cn.perfeval.indicator;

import static io.restassured.RestAssured.given;

import cn.perfeval.testinfra.TestInfrastructure;
import io.restassured.specification.RequestSpecification;
import java.util.Set;

/** Tokens and request shortcuts shared by this service's component tests. */
public final class IndicatorServiceTestSupport {

    public static final String DEPT = "GZHPF";

    private IndicatorServiceTestSupport() {
    }

    public static String editorOf(String... departments) {
        return TestInfrastructure.tokens().token("editor@" + String.join(",", departments),
                Set.of("department-editor"), Set.of(departments));
    }

    public static String reviewer() {
        return TestInfrastructure.tokens().token("reviewer", Set.of("bureau-reviewer"), Set.of());
    }

    static {
        // Amounts and rates are exact decimals: compare them as BigDecimal, never as float.
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig().numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }
}
