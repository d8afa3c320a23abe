package cn.perfeval.indicator;

import static io.restassured.RestAssured.given;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import io.restassured.specification.RequestSpecification;
import java.util.Set;

/** Tokens, request shortcuts and event schema checks shared by this service's component tests. */
public final class IndicatorServiceTestSupport {

    public static final String DEPT = "GZHPF";
    public static final EventSchemas SCHEMAS = EventSchemas.published();
    private static final ObjectMapper JSON = new ObjectMapper();

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
        // per request, since a Quarkus restart between test classes resets RestAssured's global configuration
        return given().config(io.restassured.RestAssured.config().jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                        .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .auth().oauth2(token).contentType("application/json");
    }

    /** Validation messages of an emitted event's data against the schema its dataschema names (empty: valid). */
    public static Set<ValidationMessage> schemaViolations(OutboxEvent event) {
        try {
            return SCHEMAS.validateEvent(JSON.readTree(event.payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox row " + event.eventId + " is not JSON", e);
        }
    }
}
