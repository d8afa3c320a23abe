package cn.perfeval.scoring;

import static io.restassured.RestAssured.given;

import cn.perfeval.scoring.recompute.PendingRecomputes;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Component-test steps of the yearly cycle: tokens of the department's editor and the bureau's reviewer, report
 * events as report-service sends them (checked against its schemas), and waiting for an evaluation to settle.
 */
public final class CycleSteps {

    public static final int YEAR = 2023;
    public static final String[] NARRATIVE_KEYS = { "functions", "key-task-completion", "performance-management",
            "conclusion", "project-expenditure", "achievements", "measures-closing" };

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventSchemas REPORT_SCHEMAS = EventSchemas.of("report-service");

    private CycleSteps() {
    }

    public static String editor(String dept) {
        return TestInfrastructure.tokens().token("editor-" + dept.toLowerCase(), Set.of("department-editor"), Set.of(dept));
    }

    public static String reviewer() {
        return SeedEvents.reviewerToken();
    }

    public static String base(String dept) {
        return "/api/v1/departments/" + dept + "/years/" + YEAR;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json; charset=UTF-8");
    }

    /** The cycle as the reviewer reads it. */
    public static JsonPath cycle(String dept) {
        return as(reviewer()).get(base(dept) + "/cycle").then().statusCode(200).extract().jsonPath();
    }

    public static Response transition(String token, String dept, String path, Map<String, ?> body) {
        return as(token).body(body).post(base(dept) + "/cycle/" + path);
    }

    /** The seed's facts, and a narrative with every section written: an evaluation that validates clean. */
    public static void cleanSeed(String dept) {
        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            events.wholeSeed();
            narrative(events, 1, 120);
        }
        awaitValidation(dept, validation -> validation.getBoolean("submittable"));
        awaitSettled(dept);
    }

    /** A narrative.changed event: every fixed section with {@code characters} (0 = empty) except those given. */
    public static void narrative(SeedEvents events, long revision, int characters, String... emptyKeys) {
        ObjectNode data = JSON.createObjectNode().put("departmentCode", events.department()).put("fiscalYear", YEAR)
                .put("revision", revision);
        ArrayNode sections = data.putArray("sections");
        for (String key : NARRATIVE_KEYS) {
            boolean empty = Set.of(emptyKeys).contains(key);
            sections.addObject().put("key", key).put("title", "章节 " + key).put("characters", empty ? 0 : characters);
        }
        reportEvent(events, "cn.perfeval.report.narrative.changed", "/schemas/narrative-changed-v1.json", data);
    }

    /** A report.released event answering the approval with state sequence {@code approvalSequence}. */
    public static void released(String dept, int approvalSequence, int scorecardVersion) {
        ObjectNode data = JSON.createObjectNode().put("departmentCode", dept).put("fiscalYear", YEAR)
                .put("approvalSequence", approvalSequence).put("scorecardVersion", scorecardVersion)
                .put("publicVersion", 1).put("newVersion", true).put("url", "/reports/" + dept + "/" + YEAR + "/versions/1");
        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            reportEvent(events, "cn.perfeval.report.report.released", "/schemas/report-released-v1.json", data);
        }
    }

    private static void reportEvent(SeedEvents events, String type, String schema, ObjectNode data) {
        var problems = REPORT_SCHEMAS.validate(schema, data);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("test event breaks report-service's " + schema + ": " + problems);
        }
        events.send("report-events", type, schema, data);
    }

    public static JsonPath awaitValidation(String dept, Predicate<JsonPath> done) {
        JsonPath[] last = new JsonPath[1];
        await("validation of " + dept, () -> {
            Response response = as(reviewer()).get(base(dept) + "/validation");
            last[0] = response.statusCode() == 200 ? response.jsonPath() : null;
            return last[0] != null && done.test(last[0]);
        });
        return last[0];
    }

    /** Until every event sent so far is projected and scored: 15 records (11 indicators), a scorecard, nothing pending. */
    public static void awaitSettled(String dept) {
        await("settled scoring of " + dept, () -> QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            long records = ((Number) em.createNativeQuery("SELECT count(*) FROM fact_record WHERE department_code = ?1")
                    .setParameter(1, dept).getSingleResult()).longValue();
            boolean scored = ((Number) em.createNativeQuery("SELECT count(*) FROM scorecard_version WHERE department_code = ?1")
                    .setParameter(1, dept).getSingleResult()).longValue() > 0;
            return records == 15 && scored && !Arc.container().instance(PendingRecomputes.class).get().isPending(dept, YEAR);
        }));
    }

    /** The values of {@code topic} keyed by the evaluation, read from the start until {@code expected} arrived (30 s). */
    public static List<String> fromTopic(String topic, String dept, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "cycle-reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if ((dept + ":" + YEAR).equals(record.key())) {
                        values.add(record.value());
                    }
                });
            }
        }
        return values;
    }

    public static void await(String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return;
            }
            ScorecardPolling.pause();
        }
        throw new AssertionError(what + " did not happen within 60 s");
    }
}
