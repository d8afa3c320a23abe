package cn.perfeval.scoring;

import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.NumberFact;
import cn.perfeval.scoring.engine.facts.RecordFact;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
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

    /** The eleven indicators of tables 1 and 2, each as an indicator-service event. */
    public void indicators(long version) {
        for (IndicatorFact indicator : GuangzhouSeed.indicators()) {
            ObjectNode data = base(indicator.id(), version);
            data.put("level1", indicator.kind().name());
            data.put("level2", indicator.level2());
            data.put("name", indicator.name());
            data.put("comparator", indicator.comparator().name());
            data.putObject("annualTarget").put("value", indicator.target());
            data.putObject("actual").put("value", indicator.actual()).put("text", indicator.actual().toPlainString());
            send("indicator-events", "cn.perfeval.indicator.indicator.changed", data);
        }
    }

    /** The budget and asset facts, as budget-service's scoring-facts snapshot. */
    public void budgetFacts(Facts facts, long version) {
        ObjectNode data = base(department + ":" + year, version);
        ObjectNode numbers = data.putObject("numbers");
        facts.numbers().forEach((key, fact) -> {
            if (!key.startsWith("procurement.")) {
                numbers.set(key, number(fact));
            }
        });
        ObjectNode sets = data.putObject("recordSets");
        facts.recordSets().forEach((key, records) -> {
            if (!key.startsWith("procurement.")) {
                sets.set(key, records(records));
            }
        });
        data.putObject("summary").put("unit", "万元").put("annualBudget", "21755.05");
        send("budget-events", "cn.perfeval.budget.scoring-facts.changed", data);
    }

    /** The procurement facts, as budget-service's procurement-facts snapshot. */
    public void procurementFacts(Facts facts, long version) {
        ObjectNode data = base(department + ":" + year, version);
        ObjectNode numbers = data.putObject("numbers");
        facts.numbers().forEach((key, fact) -> {
            if (key.startsWith("procurement.")) {
                numbers.set(key, number(fact));
            }
        });
        ObjectNode sets = data.putObject("recordSets");
        facts.recordSets().forEach((key, records) -> {
            if (key.startsWith("procurement.")) {
                sets.set(key, records(records));
            }
        });
        send("procurement-events", "cn.perfeval.budget.procurement-facts.changed", data);
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
        ObjectNode data = JSON.createObjectNode();
        data.put("id", id).put("departmentCode", department).put("fiscalYear", year).put("version", version);
        return data;
    }

    private static ObjectNode number(NumberFact fact) {
        ObjectNode node = JSON.createObjectNode().put("value", fact.value());
        node.putObject("source").put("entityType", fact.source().entityType()).put("id", fact.source().id())
                .put("version", fact.source().version());
        return node;
    }

    private static ArrayNode records(List<RecordFact> records) {
        ArrayNode array = JSON.createArrayNode();
        for (RecordFact record : records) {
            array.addObject().put("id", record.id()).put("version", record.version())
                    .put("compliant", record.compliant()).put("detail", record.detail());
        }
        return array;
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
