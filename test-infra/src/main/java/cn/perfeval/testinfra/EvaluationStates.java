package cn.perfeval.testinfra;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Evaluation-state events as scoring-service publishes them (evaluation-state-v1), sent to the tests' real Kafka
 * broker or handed to a consumer directly, for the services that enforce the state on their writes.
 */
public final class EvaluationStates {

    public static final String TOPIC = "evaluation-state-events";
    public static final String TYPE = "cn.perfeval.scoring.evaluation.state-changed";

    private static final Map<String, String> LABELS = Map.of("DRAFT", "填报中", "SUBMITTED", "已提交", "RETURNED", "退回",
            "APPROVED", "审核通过", "RELEASED", "已公开");
    private static final Map<String, String> TRANSITIONS = Map.of("DRAFT", "reopen", "SUBMITTED", "submit",
            "RETURNED", "return", "APPROVED", "approve", "RELEASED", "release");

    private EvaluationStates() {
    }

    /** The CloudEvents JSON of the evaluation's transition into {@code state} with that sequence number. */
    public static String event(String dept, int year, long sequence, String state) {
        boolean writable = state.equals("DRAFT") || state.equals("RETURNED");
        boolean reasoned = state.equals("RETURNED") || state.equals("DRAFT");
        String data = "{\"departmentCode\":\"" + dept + "\",\"fiscalYear\":" + year + ",\"sequence\":" + sequence
                + ",\"transition\":\"" + TRANSITIONS.get(state) + "\",\"state\":\"" + state + "\",\"stateLabel\":\""
                + LABELS.get(state) + "\",\"factsWritable\":" + writable + ",\"scorecardVersion\":"
                + (writable ? "null" : "1") + ",\"actor\":{\"subject\":\"reviewer\",\"role\":\"bureau-reviewer\"},"
                + "\"reason\":" + (reasoned ? "\"数据需更正\"" : "null") + ",\"at\":\""
                + OffsetDateTime.now(ZoneOffset.UTC) + "\"}";
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/scoring-service\","
                + "\"type\":\"" + TYPE + "\",\"subject\":\"" + dept + "/" + year + "/cycle\",\"time\":\""
                + OffsetDateTime.now(ZoneOffset.UTC) + "\",\"datacontenttype\":\"application/json\","
                + "\"dataschema\":\"/schemas/evaluation-state-v1.json\",\"data\":" + data + "}";
    }

    /** Sends the event to the tests' broker, keyed {@code dept:year} as the outbox keys it. */
    public static void send(String dept, int year, long sequence, String state) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, dept + ":" + year, event(dept, year, sequence, state)))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending a state event", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the state event was not sent", e);
        }
    }

    /** The same event as a consumed record, for handing to a consumer directly (redelivery, order). */
    public static ConsumerRecord<String, String> record(String dept, int year, long sequence, String state, long offset) {
        return new ConsumerRecord<>(TOPIC, 0, offset, dept + ":" + year, event(dept, year, sequence, state));
    }

    /** Waits up to 30 s for the condition (e.g. the consumer has stored the state). */
    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
