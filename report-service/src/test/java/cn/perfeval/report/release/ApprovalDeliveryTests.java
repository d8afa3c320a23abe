package cn.perfeval.report.release;

import static cn.perfeval.report.ReportServiceTestSupport.RELEASED;
import static cn.perfeval.report.ReportServiceTestSupport.YEAR;
import static cn.perfeval.report.ReportServiceTestSupport.approval;
import static cn.perfeval.report.ReportServiceTestSupport.deadLetters;
import static cn.perfeval.report.ReportServiceTestSupport.producer;
import static cn.perfeval.report.ReportServiceTestSupport.reportEvents;
import static cn.perfeval.report.ReportServiceTestSupport.scoreEvent;
import static cn.perfeval.report.ReportServiceTestSupport.seedFor;
import static cn.perfeval.report.ReportServiceTestSupport.send;
import static cn.perfeval.report.ReportServiceTestSupport.stateEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.report.SeedScorecards;
import cn.perfeval.report.messaging.EvaluationStateConsumer;
import cn.perfeval.report.messaging.ScoreEventsConsumer;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
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
        try (KafkaProducer<String, String> producer = producer()) {
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
        assertThat(deadLetters(DEAD_LETTERS, PATIENCE)).anySatisfy(letter -> assertThat(letter).contains("\"" + dept + "\""));
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
}
