package cn.perfeval.report.release;

import static cn.perfeval.report.ReportServiceTestSupport.RELEASED;
import static cn.perfeval.report.ReportServiceTestSupport.YEAR;
import static cn.perfeval.report.ReportServiceTestSupport.approval;
import static cn.perfeval.report.ReportServiceTestSupport.reportEvents;
import static cn.perfeval.report.ReportServiceTestSupport.scoreEvent;
import static cn.perfeval.report.ReportServiceTestSupport.seedFor;
import static cn.perfeval.report.ReportServiceTestSupport.stateEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.report.SeedScorecards;
import cn.perfeval.report.messaging.EvaluationStateConsumer;
import cn.perfeval.report.messaging.ScoreEventsConsumer;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * State events reach the service through the real broker on evaluation-state-events (the channel's configuration),
 * and one the service cannot act on goes to its dead-letter topic while consumption continues.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report_tests"))
class ApprovalDeliveryTests {

    private static final String DEAD_LETTERS = "evaluation-state-events.report-service-releases.dlq";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    EvaluationStateConsumer states;

    @Inject
    ScoreEventsConsumer scores;

    @Test
    void anApprovalSentThroughTheBrokerPublishesAndAnUnusableOneIsADeadLetter() throws Exception {
        String dept = "KAFKA1";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            send(producer, withoutScorecard(approval(dept, 1, 3, 0)));
            send(producer, approval(dept, 2, 3, 0));
            send(producer, scoreEvent(seedFor(dept), 0));
        }

        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (given().get("/reports/" + dept + "/" + YEAR).statusCode() != 200) {
            assertThat(System.nanoTime()).as("the approval sent through the broker was never published").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(reportEvents(dept, RELEASED)).singleElement()
                .satisfies(event -> assertThat(event.at("/data/approvalSequence").asInt()).isEqualTo(2));
        assertThat(deadLetters()).anySatisfy(letter -> assertThat(letter).contains("\"" + dept + "\""));
    }

    @Test
    void anApprovalNamingNoScorecardOrAStateEventWithoutSequenceIsPoisonAndChangesNothing() {
        String dept = "POISON1";
        ConsumerRecord<String, String> noSequence = approval(dept, 1, 3, 1);
        ObjectNode envelope = read(noSequence);
        ((ObjectNode) envelope.get("data")).remove("sequence");

        assertThatThrownBy(() -> states.onStateEvent(withoutScorecard(approval(dept, 1, 3, 0))))
                .isInstanceOf(PoisonMessageException.class);
        assertThatThrownBy(() -> states.onStateEvent(with(noSequence, envelope)))
                .isInstanceOf(PoisonMessageException.class);
        ObjectNode otherType = read(stateEvent(dept, 1, "submit", "SUBMITTED", 3, 2)).put("type", "cn.perfeval.other");
        states.onStateEvent(with(noSequence, otherType));

        // None of them was kept: the first real approval, sequence 1, is answered.
        states.onStateEvent(approval(dept, 1, 3, 3));
        scores.onScoreEvent(scoreEvent(seedFor(dept), 4));
        assertThat(reportEvents(dept, RELEASED)).singleElement()
                .satisfies(event -> assertThat(event.at("/data/approvalSequence").asInt()).isEqualTo(1));
    }

    private static ConsumerRecord<String, String> withoutScorecard(ConsumerRecord<String, String> approval) {
        ObjectNode envelope = read(approval);
        ((ObjectNode) envelope.get("data")).putNull("scorecardVersion");
        return with(approval, envelope);
    }

    private static ConsumerRecord<String, String> with(ConsumerRecord<String, String> record, ObjectNode envelope) {
        return new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.key(),
                envelope.toString());
    }

    private static ObjectNode read(ConsumerRecord<String, String> record) {
        try {
            return (ObjectNode) SeedScorecards.JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(KafkaProducer<String, String> producer, ConsumerRecord<String, String> record)
            throws Exception {
        producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value())).get();
    }

    private static List<String> deadLetters() {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(DEAD_LETTERS));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}
