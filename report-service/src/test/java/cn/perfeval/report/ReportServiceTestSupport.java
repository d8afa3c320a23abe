package cn.perfeval.report;

import static io.restassured.RestAssured.given;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Tokens, score and state events and the events written, shared by this service's component tests. */
public final class ReportServiceTestSupport {

    public static final int YEAR = 2023;
    /** Where scoring-service serves the schema of its score events (and where its module keeps it). */
    public static final String SCORECARD_SCHEMA = "/schemas/scorecard-published-v1.json";
    /** Where scoring-service serves the schema of its evaluation state events. */
    public static final String STATE_SCHEMA = "/schemas/evaluation-state-v1.json";
    public static final String PUBLISHED = "cn.perfeval.report.report.published";
    public static final String RELEASED = "cn.perfeval.report.report.released";
    public static final String NARRATIVE_CHANGED = "cn.perfeval.report.narrative.changed";

    private static final Map<String, String> STATE_LABELS = Map.of("DRAFT", "填报中", "SUBMITTED", "已提交",
            "RETURNED", "退回", "APPROVED", "审核通过", "RELEASED", "已公开");
    private static final Map<String, String> ACTOR_ROLES = Map.of("submit", "department-editor", "return",
            "bureau-reviewer", "approve", "bureau-reviewer", "reopen", "bureau-reviewer", "release", "system");

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
        String department = scorecard.path("departmentCode").asText();
        return record("score-events", "cn.perfeval.scoring.scorecard.published", SCORECARD_SCHEMA,
                department + "/" + YEAR + "/scorecard", department, scorecard, offset);
    }

    /** An approval by the bureau's reviewer, as scoring-service announces it: state APPROVED pinning a scorecard. */
    public static ConsumerRecord<String, String> approval(String department, int sequence, int scorecardVersion,
            long offset) {
        return stateEvent(department, sequence, "approve", "APPROVED", scorecardVersion, offset);
    }

    /**
     * An evaluation state event as scoring-service's outbox relays it (evaluation-state-v1.json): a CloudEvents
     * envelope around the state after {@code transition}, by the role that makes that transition.
     */
    public static ConsumerRecord<String, String> stateEvent(String department, int sequence, String transition,
            String state, Integer scorecardVersion, long offset) {
        ObjectNode data = SeedScorecards.JSON.createObjectNode()
                .put("departmentCode", department)
                .put("fiscalYear", YEAR)
                .put("sequence", sequence)
                .put("transition", transition)
                .put("state", state)
                .put("stateLabel", STATE_LABELS.get(state))
                .put("factsWritable", state.equals("DRAFT") || state.equals("RETURNED"))
                .put("scorecardVersion", scorecardVersion)
                .put("reason", transition.equals("return") || transition.equals("reopen") ? "请更正实缴人数" : null)
                .put("at", OffsetDateTime.now().toString());
        String role = ACTOR_ROLES.get(transition);
        data.putObject("actor").put("subject", role.equals("system") ? "report-service" : role + "@test").put("role", role);
        return record("evaluation-state-events", "cn.perfeval.scoring.evaluation.state-changed", STATE_SCHEMA,
                department + "/" + YEAR + "/cycle", department, data, offset);
    }

    private static ConsumerRecord<String, String> record(String topic, String type, String dataschema, String subject,
            String department, ObjectNode data, long offset) {
        ObjectNode envelope = SeedScorecards.JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", "/scoring-service")
                .put("type", type)
                .put("dataschema", dataschema)
                .put("subject", subject)
                .put("time", OffsetDateTime.now().toString())
                .put("datacontenttype", "application/json");
        envelope.set("data", data.deepCopy());
        return new ConsumerRecord<>(topic, 0, offset, department + ":" + YEAR, envelope.toString());
    }

    /** Every event report-service wrote to its outbox for the department's evaluation. */
    public static long reportEvents(String department) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("topic = ?1 and eventKey = ?2",
                "report-events", department + ":" + YEAR));
    }

    /** The events of one type report-service wrote for the department's evaluation, oldest first, as sent. */
    public static List<JsonNode> reportEvents(String department, String type) {
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "topic = ?1 and eventKey = ?2 and eventType = ?3 order by seq", "report-events", department + ":" + YEAR,
                type).stream().map(event -> event.payload).toList());
        return payloads.stream().map(ReportServiceTestSupport::json).toList();
    }

    private static JsonNode json(String text) {
        try {
            return SeedScorecards.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A producer on the real broker, acknowledged by every replica. */
    public static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(),
                new StringSerializer());
    }

    /** Sends the record through the real broker, as the producing service's relay would, and waits for the ack. */
    public static void send(KafkaProducer<String, String> producer, ConsumerRecord<String, String> record)
            throws Exception {
        producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value())).get();
    }

    /** What the dead-letter topic holds, waiting up to {@code patience} for the first letter. */
    public static List<String> deadLetters(String topic, Duration patience) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + patience.toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}
