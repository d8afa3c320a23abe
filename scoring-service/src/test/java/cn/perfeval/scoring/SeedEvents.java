package cn.perfeval.scoring;

import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes the seed's facts to Kafka exactly as the indicator and budget services do (CloudEvents JSON, key
 * department:year, their payload shapes), so the scoring service is exercised through its real consumers.
 */
public final class SeedEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String department;
    private final int year;
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());

    public SeedEvents(String department, int year) {
        this.department = department;
        this.year = year;
    }

    public static String reviewerToken() {
        return TestInfrastructure.tokens().token("reviewer", Set.of("bureau-reviewer"), Set.of());
    }

    /**
     * The eleven indicators of tables 1 and 2, each as an indicator-service event. Their ids are scoped to the
     * department, as indicator-service's ids are unique across departments, so tests of several departments can share
     * one database.
     */
    public void indicators(long version) {
        for (IndicatorFact indicator : GuangzhouSeed.indicators()) {
            send("indicator-events", "cn.perfeval.indicator.indicator.changed",
                    FactPayloads.indicator(base(department + ":" + indicator.id(), version), indicator));
        }
    }

    /** The budget and asset facts, as budget-service's scoring-facts snapshot. */
    public void budgetFacts(Facts facts, long version) {
        ObjectNode data = FactPayloads.snapshot(base(department + ":" + year, version), facts, FactPayloads.PROCUREMENT.negate());
        data.putObject("summary").put("unit", "万元").put("annualBudget", "21755.05");
        send("budget-events", "cn.perfeval.budget.scoring-facts.changed", data);
    }

    /** The procurement facts, as budget-service's procurement-facts snapshot. */
    public void procurementFacts(Facts facts, long version) {
        send("procurement-events", "cn.perfeval.budget.procurement-facts.changed",
                FactPayloads.snapshot(base(department + ":" + year, version), facts, FactPayloads.PROCUREMENT));
    }

    public void raw(String topic, String value) {
        producer.flush();
        try {
            producer.send(new ProducerRecord<>(topic, department + ":" + year, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode base(String id, long version) {
        return FactPayloads.base(department, year, id, version);
    }

    private void send(String topic, String type, ObjectNode data) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", "/seed-test")
                .put("type", type).put("time", OffsetDateTime.now().toString()).put("datacontenttype", "application/json");
        envelope.set("data", data);
        // asynchronous: a burst is sent as fast as the producer goes; order per key is kept, close() flushes
        producer.send(new ProducerRecord<>(topic, department + ":" + year, envelope.toString()));
    }

    @Override
    public void close() {
        producer.close();
    }
}
