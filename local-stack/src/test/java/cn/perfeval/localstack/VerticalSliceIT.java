package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform's vertical slice on the real broker and database, with the four services running as processes from
 * their packaged applications: an actual written by REST reaches the scoring service through Kafka, changes the
 * stored scorecard, and the report service's draft report shows it at once. Redelivery changes nothing; poison goes
 * to the dead-letter topic while later events are still processed. Bad input to any operation any service
 * documents is a 4xx problem+json and changes nothing a department or the public can see.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerticalSliceIT {

    private static final String DEPT = "GZHPF";
    private static final int YEAR = 2023;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static Stack stack;
    private static Api editor;
    private static String indicators;
    private static String scorecardUrl;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.start("slice");
        editor = new Api(stack.tokens().token("slice-editor", Set.of("department-editor"), Set.of(DEPT)));
        indicators = stack.url(StackOptions.INDICATOR) + "/api/v1/departments/" + DEPT + "/years/" + YEAR + "/indicators";
        scorecardUrl = stack.url(StackOptions.SCORING) + "/api/v1/departments/" + DEPT + "/years/" + YEAR + "/scorecard";
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void theDemoIndicatorsAreScoredAndTheDraftReportShowsThem() {
        Path demo = stack.options().projectDir().resolve("demo-data/GZHPF-2023");
        int loaded = new DemoLoader(demo, stack.url(StackOptions.INDICATOR), editor).load(DEPT, YEAR);
        JsonNode scorecard = DemoProgress.awaitScorecard(editor, stack.url(StackOptions.SCORING), DEPT, YEAR, loaded, PATIENCE);

        assertThat(item(scorecard, "output-indicators").path("score").decimalValue()).isEqualByComparingTo("20");
        assertThat(item(scorecard, "benefit-indicators").path("score").decimalValue()).isEqualByComparingTo("20");

        // The score event reaches report-service a moment after scoring-service shows the scorecard.
        JsonNode report = await(() -> draftReport(), r -> r.path("report").toString().contains("534.89万人")
                && r.path("report").toString().contains("111.11%"));
        assertThat(report.path("version").isNull()).as("a draft has no version").isTrue();
        assertThat(new Api(null).get(publicReportUrl()).status()).as("nothing is public before an approval")
                .isEqualTo(404);
        assertThat(report.path("report").path("outputTable").toString()).contains("534.89万人", "100.92%", "124.56%");
    }

    @Test
    @Order(2)
    void anActualChangedByRestYieldsANewScorecardAndTheDraftReportShowsIt() {
        int scorecardVersion = editor.get(scorecardUrl).expect(200).json().path("version").asInt();
        String id = indicatorId("当年广州住房公积金实缴人数");

        editor.put(indicators + "/" + id + "/actual", Map.of("value", "520万人")).expect(200);

        JsonNode scorecard = await(() -> editor.get(scorecardUrl).json(), s -> s.path("version").asInt() > scorecardVersion);
        // 7 of 8 output indicators met, the eighth earns 520/530 of its share: 20 × (7 + 0.98113…) / 8 = 19.95
        assertThat(item(scorecard, "output-indicators").path("score").decimalValue()).isEqualByComparingTo("19.95");

        JsonNode report = await(() -> draftReport(), r -> r.path("report").path("outputTable").toString().contains("520万人"));
        assertThat(report.path("total").decimalValue()).isEqualByComparingTo(scorecard.path("total").decimalValue());
        assertThat(report.path("report").path("outputTable").toString()).contains("520万人", "98.11%");
    }

    @Test
    @Order(3)
    void aRedeliveredEventChangesNothingAndPoisonGoesToTheDeadLetterTopic() {
        ConsumerRecord<String, String> lastIndicatorEvent = lastRecord("indicator-events");
        int scorecardVersion = editor.get(scorecardUrl).expect(200).json().path("version").asInt();

        produce("indicator-events", lastIndicatorEvent.key(), lastIndicatorEvent.value());   // redelivery
        produce("indicator-events", DEPT + ":" + YEAR, "{not json at all");                  // poison
        // A real change behind them on the same partition: once it is scored, the two above were handled.
        editor.put(indicators + "/" + indicatorId("当年广州住房公积金实缴人数") + "/actual", Map.of("value", "534.89万人"))
                .expect(200);

        JsonNode scorecard = await(() -> editor.get(scorecardUrl).json(),
                s -> s.path("version").asInt() > scorecardVersion);
        assertThat(scorecard.path("version").asInt()).isEqualTo(scorecardVersion + 1);
        assertThat(item(scorecard, "output-indicators").path("score").decimalValue()).isEqualByComparingTo("20");
        await(() -> draftReport(), r -> r.path("report").path("outputTable").toString().contains("534.89万人"));

        assertThat(recordValues("indicator-events.scoring-service.dlq")).contains("{not json at all");
    }

    @Test
    @Order(4)
    void badInputToEveryOperationOfEveryServiceIsA4xxProblemAndChangesNothing() throws Exception {
        Map<String, String> before = observableState();
        // Every role for the department, so that each bad request passes the access matrix and meets validation.
        String privileged = stack.tokens().token("sweep-all-roles",
                Set.of("admin", "department-editor", "erp-integration", "bureau-reviewer"), Set.of(DEPT));
        String outsider = stack.tokens().token("sweep-outsider", Set.of("department-editor"), Set.of("OTHER"));
        List<BadInputSweep.Finding> findings = new ArrayList<>();
        int sent = 0;
        for (String service : List.of(StackOptions.INDICATOR, StackOptions.BUDGET, StackOptions.SCORING, StackOptions.REPORT)) {
            BadInputSweep sweep = new BadInputSweep(stack.url(service), DEPT, YEAR);
            findings.addAll(sweep.sweep(privileged, outsider));
            sent += sweep.sent();
        }

        assertThat(sent).as("requests sent across the four OpenAPI documents").isGreaterThan(500);
        assertThat(findings).as("invalid requests not answered with a 4xx problem+json").isEmpty();
        // Well-formed JSON whose text PostgreSQL cannot store reaches the database; it is refused there, not a 500.
        Api.Response nul = editor.put(stack.url(StackOptions.INDICATOR) + "/api/v1/departments/" + DEPT,
                Map.of("name", "广州住房公积金\u0000管理中心"));
        assertThat(nul.status()).as(nul.body()).isEqualTo(400);
        ServiceProcess.sleep(Duration.ofSeconds(2)); // an event a bad request wrongly caused would be scored by now
        assertThat(observableState()).isEqualTo(before);
    }

    /**
     * What a department and the public can see of the evaluation, as the services answer it: the body of each
     * answer, or only its status when it is an error (a problem's correlation id differs from call to call).
     */
    private static Map<String, String> observableState() {
        String evaluation = "/api/v1/departments/" + DEPT + "/years/" + YEAR;
        Map<String, String> state = new java.util.TreeMap<>();
        state.put("indicators", seen(editor.get(indicators + "?size=100")));
        state.put("goals", seen(editor.get(stack.url(StackOptions.INDICATOR) + evaluation + "/goals")));
        state.put("budget", seen(editor.get(stack.url(StackOptions.BUDGET) + evaluation + "/budget/summary")));
        state.put("contracts", seen(editor.get(stack.url(StackOptions.BUDGET) + evaluation + "/procurement/contracts")));
        state.put("scorecard", seen(editor.get(scorecardUrl)));
        state.put("judgements", seen(editor.get(stack.url(StackOptions.SCORING) + evaluation + "/judgements")));
        state.put("narrative", seen(editor.get(stack.url(StackOptions.REPORT) + evaluation + "/report/narrative")));
        state.put("draft report", seen(editor.get(stack.url(StackOptions.REPORT) + evaluation + "/report")));
        state.put("public report", seen(new Api(null).get(publicReportUrl())));
        state.put("cycle", seen(editor.get(stack.url(StackOptions.SCORING) + evaluation + "/cycle")));
        return state;
    }

    private static String seen(Api.Response response) {
        return response.status() == 200 ? response.body() : "HTTP " + response.status();
    }

    private static JsonNode draftReport() {
        return editor.get(stack.url(StackOptions.REPORT) + "/api/v1/departments/" + DEPT + "/years/" + YEAR + "/report")
                .json();
    }

    private static String publicReportUrl() {
        return stack.url(StackOptions.REPORT) + "/reports/" + DEPT + "/" + YEAR;
    }

    private static String indicatorId(String name) {
        for (JsonNode item : editor.get(indicators + "?size=100").expect(200).json().path("items")) {
            if (item.path("name").asText().equals(name)) {
                return item.path("id").asText();
            }
        }
        throw new AssertionError("no indicator " + name);
    }

    private static JsonNode item(JsonNode scorecard, String code) {
        for (JsonNode item : scorecard.path("items")) {
            if (item.path("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no item " + code + " in " + scorecard);
    }

    private static JsonNode await(java.util.function.Supplier<JsonNode> read, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = read.get();
                if (done.test(last)) {
                    return last;
                }
            } catch (StackException e) {
                // not there yet
            }
            ServiceProcess.sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("condition not reached within " + PATIENCE + "; last: " + last);
    }

    private static void produce(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker().bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ConsumerRecord<String, String> lastRecord(String topic) {
        List<ConsumerRecord<String, String>> records = readAll(topic);
        assertThat(records).isNotEmpty();
        return records.get(records.size() - 1);
    }

    private static List<String> recordValues(String topic) {
        return readAll(topic).stream().map(ConsumerRecord::value).toList();
    }

    /** Reads a topic from the beginning until it has been quiet for a moment. */
    private static List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "slice-test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long quietUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < quietUntil) {
                var batch = consumer.poll(Duration.ofMillis(300));
                batch.forEach(records::add);
                if (!batch.isEmpty()) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(1).toNanos();
                }
            }
        }
        records.sort(java.util.Comparator.comparingLong(ConsumerRecord::timestamp));
        return records;
    }
}
