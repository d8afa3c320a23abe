package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's failover: two instances of each service on a 3-broker Kafka cluster. While a stream of indicator actual
 * changes runs for some evaluations and others are approved (which publishes their reports), one instance of each
 * service is SIGKILLed and one broker is stopped; none of them comes back. Afterwards every evaluation's scorecard
 * equals the what-if of its final facts ({@link SettledScorecard}), each approved report was published exactly once,
 * and no dead-letter topic holds a record.
 *
 * <p>The evaluations are the demo's case entered under other department codes (the province generator is another
 * piece of work); the killed instances are the second ones, since the test talks to the first, as the workbench does.
 */
class FailoverIT {

    private static final int YEAR = 2023;
    private static final List<String> STREAMED = List.of("FOVA", "FOVB", "FOVC");
    private static final List<String> APPROVED = List.of("FOVD", "FOVE");
    /** Each round writes every indicator of every streamed evaluation once, scaled by its factor. */
    private static final List<BigDecimal> ROUND_FACTORS = List.of(new BigDecimal("0.90"), new BigDecimal("0.95"),
            new BigDecimal("0.97"), new BigDecimal("0.93"));
    private static final Duration SETTLE_BOUND = Duration.ofMinutes(3);
    private static final int LOST_BROKER = 2;

    @Test
    void instancesKilledAndABrokerLostMidStreamLoseNothingAndPublishNothingTwice() {
        Phases phases = new Phases();
        try (Stack stack = RunningStack.start("failover", 3, 2)) {
            phases.ended("3 brokers and 2 instances of each service started");
            Path data = DemoRun.demoData(stack, Main.DEPARTMENT, YEAR);
            Map<String, DemoActors> actors = new LinkedHashMap<>();
            Map<String, DemoRun> drafts = new LinkedHashMap<>();
            for (String department : concat(STREAMED, APPROVED)) {
                actors.put(department, DemoActors.Tokens.issue(stack.tokens(), "failover", department).actors());
                drafts.put(department, DemoRun.loadDraft(stack, actors.get(department), data, department, YEAR));
            }
            phases.ended(drafts.size() + " evaluations loaded");
            ChangeStream changes = new ChangeStream(stack, actors);

            changes.round(ROUND_FACTORS.get(0));
            loseOneInstanceOfEachServiceAndOneBroker(stack);
            changes.round(ROUND_FACTORS.get(1));
            APPROVED.forEach(department -> drafts.get(department).publish(stack, actors.get(department), data,
                    department, YEAR));
            ROUND_FACTORS.subList(2, ROUND_FACTORS.size()).forEach(changes::round);
            phases.ended("changes, failures and approvals");

            for (String department : concat(STREAMED, APPROVED)) {
                SettledScorecard evaluation = new SettledScorecard(stack, actors.get(department).staff(), department,
                        YEAR);
                evaluation.assertEqualsTheWhatIfOfTheFinalData(evaluation.awaitSettled(SETTLE_BOUND));
            }
            phases.ended("every scorecard settled on its final facts");
            APPROVED.forEach(department -> assertPublishedOnce(stack, department));
            assertThat(deadLetters(stack)).as("records in dead-letter topics").isEmpty();
        }
    }

    private static void loseOneInstanceOfEachServiceAndOneBroker(Stack stack) {
        StackOptions.defaultServicePorts().keySet().forEach(service -> stack.instances(service).get(1).kill());
        stack.broker().stopNode(LOST_BROKER);
    }

    private static void assertPublishedOnce(Stack stack, String department) {
        JsonNode versions = new Api(null).get(stack.url(StackOptions.REPORT) + "/reports/" + department + "/" + YEAR
                + "/versions").expect(200).json();
        assertThat(versions).as(department + "'s public report versions").hasSize(1);
        assertThat(versions.get(0).path("version").asInt()).isEqualTo(1);
    }

    /** Dead-letter topic → records in it, for those that hold any. */
    private static Map<String, Long> deadLetters(Stack stack) {
        Set<String> topics = Stack.TOPICS.stream().filter(topic -> topic.endsWith(".dlq")).collect(Collectors.toSet());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.broker().bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> ends = new LinkedHashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
                topic.partitions().forEach(p -> ends.put(new TopicPartition(topic.name(), p.partition()),
                        OffsetSpec.latest()));
            }
            Map<String, Long> records = new LinkedHashMap<>();
            admin.listOffsets(ends).all().get().forEach((partition, end) -> {
                if (end.offset() > 0) {
                    records.merge(partition.topic(), end.offset(), Long::sum);
                }
            });
            return records;
        } catch (Exception e) {
            throw new AssertionError("Could not read the dead-letter topics' offsets", e);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    /** Prints how long each phase took, so a slow run shows where the time went. */
    private static final class Phases {

        private long since = System.nanoTime();

        void ended(String phase) {
            System.out.printf("FailoverIT: %s in %.1f s%n", phase, (System.nanoTime() - since) / 1e9);
            since = System.nanoTime();
        }
    }

    /** Writes every indicator's actual of the streamed evaluations, through indicator-service's public API. */
    private static final class ChangeStream {

        private final Stack stack;
        private final Map<String, DemoActors> actors;
        /** Department → indicator id → its actual as the demo wrote it. */
        private final Map<String, Map<String, String>> demoActuals = new LinkedHashMap<>();

        ChangeStream(Stack stack, Map<String, DemoActors> actors) {
            this.stack = stack;
            this.actors = actors;
            for (String department : STREAMED) {
                Map<String, String> byId = new LinkedHashMap<>();
                new SettledScorecard(stack, actors.get(department).staff(), department, YEAR).recordOfIndicators()
                        .forEach((id, indicator) -> byId.put(id, indicator.path("actual").path("text").asText()));
                demoActuals.put(department, byId);
            }
        }

        void round(BigDecimal factor) {
            for (String department : STREAMED) {
                String indicators = new SettledScorecard(stack, actors.get(department).staff(), department, YEAR)
                        .indicatorsUrl();
                demoActuals.get(department).forEach((id, written) -> actors.get(department).staff()
                        .put(indicators + "/" + id + "/actual", Map.of("value", ActualVariants.scaled(written, factor)))
                        .expect(200));
            }
        }
    }
}
