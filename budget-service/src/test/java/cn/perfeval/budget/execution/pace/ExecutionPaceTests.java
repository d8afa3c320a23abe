package cn.perfeval.budget.execution.pace;

import static cn.perfeval.budget.BudgetServiceTestSupport.JSON;
import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static cn.perfeval.budget.BudgetServiceTestSupport.events;
import static cn.perfeval.budget.BudgetServiceTestSupport.lastData;
import static cn.perfeval.budget.BudgetServiceTestSupport.reviewer;
import static cn.perfeval.budget.BudgetServiceTestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.perfeval.budget.messaging.SnapshotType;
import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The execution pace published on budget-events (docs/monitoring.md "Execution pace"), on the real broker and
 * database: the sums are worked out by hand from the lines pushed.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class ExecutionPaceTests {

    private static final String LEDGER = "lineId,date,amount,category,projectCode\n"
            + "E1,2023-01-05,10.50,BASIC_PERSONNEL,\n"
            + "E2,2023-01-05,4.25,PROJECT,P-1\n"
            + "E3,2023-02-01,60,PROJECT,P-1\n"
            + "E4,2023-02-01,40,PROJECT,P-2\n"
            + "E5,2023-02-28,20.10,BASIC_PUBLIC_FUNDS,\n"
            + "E6,2023-02-28,0.004,PROJECT,P-1\n"
            + "E7,2023-12-28,7.75,PROJECT,P-1\n";

    @Test
    void anErpPushPublishesThePaceWithItsDailyAndMonthlySumsValidAgainstItsSchema() {
        String dept = "PACE1";
        String erp = erpOf(dept);
        projectsAndAppropriations(erp, dept);
        int paceEvents = events(SnapshotType.EXECUTION_PACE, dept, 2023).size();

        as(erp).contentType("text/csv").body(LEDGER).post(base(dept, 2023) + "/budget/expenditures")
                .then().statusCode(200);

        assertThat(events(SnapshotType.EXECUTION_PACE, dept, 2023)).hasSize(paceEvents + 1);
        JsonNode pace = lastData(SnapshotType.EXECUTION_PACE, dept, 2023);
        assertThat(validate("budget-execution-pace-v1.json", pace)).isEmpty();
        assertThat(pace.get("version").asLong()).isEqualTo(paceEvents + 1);
        // 5 Jan: 10.50 + 4.25; 1 Feb: 60 + 40; 28 Feb: 20.10 + 0.004 (40 元); 28 Dec: 7.75.
        assertThat(pace.get("dailySpending").toString()).isEqualTo("[{\"date\":\"2023-01-05\",\"amount\":14.75},"
                + "{\"date\":\"2023-02-01\",\"amount\":100.00},{\"date\":\"2023-02-28\",\"amount\":20.104},"
                + "{\"date\":\"2023-12-28\",\"amount\":7.75}]");
        // P-1: January 4.25, February 60 + 0.004, December 7.75; P-2: February 40.
        assertThat(pace.at("/projects/0/code").asText()).isEqualTo("P-1");
        assertThat(pace.at("/projects/0/monthlySpending").toString())
                .isEqualTo("[4.25,60.004,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,7.75]");
        assertThat(pace.at("/projects/1/monthlySpending").toString())
                .isEqualTo("[0.00,40.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00]");
        assertThat(pace.at("/projects/1/budget").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(pace.get("lastSpendingDate").asText()).isEqualTo("2023-12-28");
        assertThat(deliveredOnKafka(dept + ":2023", pace.get("version").asLong()))
                .as("the pace event reached the broker under the evaluation's key").isTrue();
        // The GET answers the snapshot as published, version included.
        assertThat(readTree(as(reviewer()).get(base(dept, 2023) + "/budget/pace").then().statusCode(200)
                .extract().asString())).isEqualTo(readTree(pace.toString()));
    }

    @Test
    void aWriteThatDoesNotChangeThePacePublishesNoPaceEvent() {
        String dept = "PACE2";
        String erp = erpOf(dept);
        projectsAndAppropriations(erp, dept);
        as(erp).contentType("text/csv").body(LEDGER).post(base(dept, 2023) + "/budget/expenditures")
                .then().statusCode(200);
        int paceEvents = events(SnapshotType.EXECUTION_PACE, dept, 2023).size();
        int factEvents = events(SnapshotType.BUDGET_FACTS, dept, 2023).size();

        as(erp).body("{\"budgeted\":9.50,\"actual\":9.49}").put(base(dept, 2023) + "/budget/three-public")
                .then().statusCode(200);
        // The same lines again, and the same appropriations in another order, change no sum.
        as(erp).contentType("text/csv").body(LEDGER).post(base(dept, 2023) + "/budget/expenditures")
                .then().statusCode(200).body("written", equalTo(0));
        as(erp).body("""
                [{"lineId":"APP-2","source":"GOVERNMENT_FUND","amount":200.00},
                 {"lineId":"APP-1","source":"GENERAL_PUBLIC_BUDGET","amount":1000.50}]
                """).put(base(dept, 2023) + "/budget/appropriations").then().statusCode(200);

        assertThat(events(SnapshotType.BUDGET_FACTS, dept, 2023)).as("三公 is a budget fact").hasSize(factEvents + 1);
        assertThat(events(SnapshotType.EXECUTION_PACE, dept, 2023)).hasSize(paceEvents);
    }

    @Test
    void anAdjustmentAppearsInTheBudgetChangesWithItsDate() {
        String dept = "PACE3";
        String erp = erpOf(dept);
        projectsAndAppropriations(erp, dept);
        long version = lastData(SnapshotType.EXECUTION_PACE, dept, 2023).get("version").asLong();

        as(erp).body("""
                [{"lineId":"ADJ-2","date":"2023-11-15","source":"GENERAL_PUBLIC_BUDGET","amount":-88.75,"document":"预算调减批复"},
                 {"lineId":"ADJ-1","date":"2023-06-30","source":"GENERAL_PUBLIC_BUDGET","amount":400.00,"document":"预算追加批复"}]
                """).put(base(dept, 2023) + "/budget/adjustments").then().statusCode(200);

        JsonNode pace = lastData(SnapshotType.EXECUTION_PACE, dept, 2023);
        assertThat(validate("budget-execution-pace-v1.json", pace)).isEmpty();
        assertThat(pace.get("version").asLong()).isEqualTo(version + 1);
        assertThat(pace.get("budgetChanges").toString()).isEqualTo("["
                + "{\"date\":null,\"amount\":1000.50,\"source\":\"APPROPRIATION\"},"
                + "{\"date\":null,\"amount\":200.00,\"source\":\"APPROPRIATION\"},"
                + "{\"date\":\"2023-06-30\",\"amount\":400.00,\"source\":\"ADJUSTMENT\"},"
                + "{\"date\":\"2023-11-15\",\"amount\":-88.75,\"source\":\"ADJUSTMENT\"}]");
        assertThat(pace.get("lastSpendingDate").isNull()).as("nothing spent yet").isTrue();
    }

    @Test
    void beforeAnythingIsReportedThePaceIsEmptyVersionZeroAndNothingIsPublished() {
        String dept = "PACE4";
        as(erpOf(dept)).get(base(dept, 2023) + "/budget/pace").then().statusCode(200)
                .body("id", equalTo("PACE4:2023")).body("version", equalTo(0))
                .body("budgetChanges.size()", equalTo(0)).body("dailySpending.size()", equalTo(0))
                .body("projects.size()", equalTo(0)).body("notifiedRates.size()", equalTo(0))
                .body("lastSpendingDate", nullValue());
        assertThat(events("budget-events", dept, 2023)).isEmpty();
    }

    @Test
    void theBureausMonthlyRatesAreShownByMonth() {
        String dept = "PACE5";
        String erp = erpOf(dept);
        as(erp).body("[{\"month\":6,\"ratePercent\":48.50},{\"month\":3,\"ratePercent\":20.10}]")
                .put(base(dept, 2023) + "/budget/monthly-execution").then().statusCode(200);

        as(erp).get(base(dept, 2023) + "/budget/pace").then().statusCode(200).body("version", equalTo(1))
                .body("notifiedRates.month", equalTo(List.of(3, 6)))
                .body("notifiedRates[1].ratePercent", comparesEqualTo(new BigDecimal("48.50")));
    }

    @Test
    void anotherDepartmentsTokenCannotReadThePace() {
        as(erpOf("OTHER")).get(base("PACE1", 2023) + "/budget/pace").then().statusCode(403)
                .contentType("application/problem+json");
    }

    private static void projectsAndAppropriations(String erp, String dept) {
        as(erp).body("""
                [{"code":"P-2","name":"项目二","recurrence":"RECURRING","novelty":"CONTINUING","budgetAmount":300.00,"exAnteEvaluationDone":true},
                 {"code":"P-1","name":"项目一","recurrence":"ONE_OFF","novelty":"CONTINUING","budgetAmount":500,"exAnteEvaluationDone":true}]
                """).put(base(dept, 2023) + "/budget/projects").then().statusCode(200);
        as(erp).body("""
                [{"lineId":"APP-1","source":"GENERAL_PUBLIC_BUDGET","amount":1000.50},
                 {"lineId":"APP-2","source":"GOVERNMENT_FUND","amount":200.00}]
                """).put(base(dept, 2023) + "/budget/appropriations").then().statusCode(200);
    }

    /** Whether the broker holds the pace event of {@code version} under {@code key} on budget-events. */
    private static boolean deliveredOnKafka(String key, long version) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "pace-reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(SnapshotType.EXECUTION_PACE.topic()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                List<JsonNode> events = new ArrayList<>();
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (key.equals(record.key())) {
                        events.add(readTree(record.value()));
                    }
                });
                if (events.stream().anyMatch(event -> SnapshotType.EXECUTION_PACE.type().equals(event.path("type").asText())
                        && event.at("/data/version").asLong() == version)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
