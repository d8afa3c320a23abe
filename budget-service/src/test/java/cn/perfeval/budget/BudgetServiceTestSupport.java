package cn.perfeval.budget;

import static io.restassured.RestAssured.given;

import cn.perfeval.budget.messaging.SnapshotType;
import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.ValidationMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Tokens, request shortcuts, outbox reads and schema checks shared by this service's component tests. */
public final class BudgetServiceTestSupport {

    /** Reads events and answers with exact decimals, as the services write them (20.10 stays 20.10). */
    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final EventSchemas SCHEMAS = EventSchemas.published();

    private BudgetServiceTestSupport() {
    }

    public static String erpOf(String... departments) {
        return TestInfrastructure.tokens().token("erp@" + String.join(",", departments),
                Set.of("erp-integration"), Set.of(departments));
    }

    public static String reviewer() {
        return TestInfrastructure.tokens().token("reviewer", Set.of("bureau-reviewer"), Set.of());
    }

    public static String admin() {
        return TestInfrastructure.tokens().token("admin", Set.of("admin"), Set.of());
    }

    public static RequestSpecification as(String token) {
        // Amounts and rates are exact decimals: compare them as BigDecimal, never as float.
        return given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .auth().oauth2(token).contentType("application/json");
    }

    public static String base(String dept, int year) {
        return "/api/v1/departments/" + dept + "/years/" + year;
    }

    public static String resource(String path) {
        try (InputStream in = BudgetServiceTestSupport.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Events of a topic for one evaluation, oldest first. */
    public static List<OutboxEvent> events(String topic, String dept, int year) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "topic = ?1 and eventKey = ?2 order by seq", topic, dept + ":" + year));
    }

    /** Events of one snapshot type (a topic may carry several) for one evaluation, oldest first. */
    public static List<OutboxEvent> events(SnapshotType type, String dept, int year) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "topic = ?1 and eventType = ?2 and eventKey = ?3 order by seq", type.topic(), type.type(),
                dept + ":" + year));
    }

    /** The data of the last event of a snapshot type for one evaluation. */
    public static JsonNode lastData(SnapshotType type, String dept, int year) {
        List<OutboxEvent> published = events(type, dept, year);
        return data(published.get(published.size() - 1));
    }

    public static JsonNode data(OutboxEvent event) {
        try {
            return JSON.readTree(event.payload).get("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validation messages of {@code data} against a schema this service publishes (empty: valid). */
    public static Set<ValidationMessage> validate(String schemaFile, JsonNode data) {
        return SCHEMAS.validate("/schemas/" + schemaFile, data);
    }

    /**
     * Follows a background job from the Location of its 202 until it is no longer RUNNING (120 s at most), checking
     * that its done count never goes down nor passes its total; returns its last progress.
     */
    public static io.restassured.path.json.JsonPath awaitJob(String location) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        long done = 0;
        while (System.nanoTime() < deadline) {
            io.restassured.path.json.JsonPath job = as(admin()).get(location).then().statusCode(200).extract().jsonPath();
            if (job.getLong("done") < done || job.getLong("done") > job.getLong("total")) {
                throw new AssertionError("progress went from " + done + " to " + job.prettify());
            }
            done = job.getLong("done");
            if (!"RUNNING".equals(job.getString("state"))) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the job " + location + " did not finish");
    }
}
