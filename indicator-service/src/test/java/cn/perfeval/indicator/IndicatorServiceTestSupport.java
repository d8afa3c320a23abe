package cn.perfeval.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;

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

    /** Waits until the condition holds (the relay works in the background), failing after {@code patience}. */
    public static void awaitTrue(Duration patience, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within " + patience).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
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
