package cn.perfeval.report;

import static io.restassured.RestAssured.given;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Tokens, score events and counts shared by this service's component tests. */
public final class ReportServiceTestSupport {

    public static final int YEAR = 2023;
    /** Where scoring-service serves the schema of its score events (and where its module keeps it). */
    public static final String SCORECARD_SCHEMA = "/schemas/scorecard-published-v1.json";

    static {
        // Amounts and rates are exact decimals: compare them as BigDecimal, never as float.
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig().numberReturnType(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private ReportServiceTestSupport() {
    }

    public static String editorOf(String... departments) {
        return TestInfrastructure.tokens().token("editor@" + String.join(",", departments),
                Set.of("department-editor"), Set.of(departments));
    }

    public static String reviewer() {
        return TestInfrastructure.tokens().token("reviewer", Set.of("bureau-reviewer"), Set.of());
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** The seed's scorecard document for another department (each test uses its own, the database is shared). */
    public static ObjectNode seedFor(String department) {
        ObjectNode document = SeedScorecards.document();
        document.put("departmentCode", department);
        return document;
    }

    /** A score event as scoring-service's outbox relays it: a CloudEvents envelope around the scorecard. */
    public static ConsumerRecord<String, String> scoreEvent(ObjectNode scorecard, long offset) {
        ObjectNode envelope = SeedScorecards.JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", "/scoring-service")
                .put("type", "cn.perfeval.scoring.scorecard.published")
                .put("dataschema", SCORECARD_SCHEMA)
                .put("subject", scorecard.path("departmentCode").asText() + "/" + YEAR + "/scorecard")
                .put("time", OffsetDateTime.now().toString())
                .put("datacontenttype", "application/json");
        envelope.set("data", scorecard.deepCopy());
        return new ConsumerRecord<>("score-events", 0, offset, scorecard.path("departmentCode").asText() + ":" + YEAR,
                envelope.toString());
    }

    public static long reportEvents(String department) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("topic = ?1 and eventKey = ?2",
                "report-events", department + ":" + YEAR));
    }
}
