package cn.perfeval.report.monitoring;

import static cn.perfeval.report.ReportServiceTestSupport.as;
import static cn.perfeval.report.ReportServiceTestSupport.deadLetters;
import static cn.perfeval.report.ReportServiceTestSupport.editorOf;
import static cn.perfeval.report.ReportServiceTestSupport.producer;
import static cn.perfeval.report.ReportServiceTestSupport.reviewer;
import static cn.perfeval.report.ReportServiceTestSupport.scoreEvent;
import static cn.perfeval.report.ReportServiceTestSupport.seedFor;
import static cn.perfeval.report.ReportServiceTestSupport.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.report.messaging.MonitoringEventsConsumer;
import cn.perfeval.report.messaging.ScoreEventsConsumer;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Rounds sent through the real broker on monitoring-events are stored in PostgreSQL and their monitoring report read
 * back through REST in every format; the newest version of a round stays whatever arrives after it; an unusable
 * round is a dead letter; another department's caller is refused.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report_tests"))
class MonitoringReportTests {

    private static final String DEAD_LETTERS = "monitoring-events.report-service.dlq";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String TITLE = "广州住房公积金管理中心2023年预算绩效运行监控报告（截至2023年7月31日）";

    @Inject
    MonitoringEventsConsumer consumer;

    @Inject
    ScoreEventsConsumer scores;

    @Test
    void aRoundSentThroughTheBrokerIsReadBackInEveryFormatAndAnOlderVersionDoesNotReplaceIt() throws Exception {
        String dept = "MONKAFKA";
        scores.onScoreEvent(scoreEvent(seedFor(dept), 0));
        ObjectNode poison = TestRounds.round(dept, TestRounds.AS_OF, 9);
        poison.remove("asOf");
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, TestRounds.event(TestRounds.round(dept, TestRounds.AS_OF, 4), 0));
            send(producer, TestRounds.event(olderVersion(dept), 0));
            send(producer, TestRounds.event(poison, 0));
            send(producer, TestRounds.event(TestRounds.round(dept, "2023-06-30", 1), 0));
        }
        awaitRounds(dept, 2);

        JsonPath list = as(editorOf(dept)).get(monitoring(dept)).then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("asOf", String.class)).containsExactly("2023-07-31", "2023-06-30");
        assertThat(list.getList("version", Integer.class)).containsExactly(4, 1);
        assertThat(list.getInt("[0].lightCounts.RED")).isEqualTo(2);
        assertThat(list.getString("[0].report")).isEqualTo(report(dept, TestRounds.AS_OF));

        JsonPath json = as(editorOf(dept)).accept("application/json").get(report(dept, TestRounds.AS_OF)).then()
                .statusCode(200).extract().jsonPath();
        assertThat(json.getInt("version")).isEqualTo(4);
        assertThat(json.getObject("budgetPace.department.executed", BigDecimal.class)).isEqualByComparingTo("10240.50");
        readsBackInEveryFormat(dept);
        assertThat(deadLetters(DEAD_LETTERS, PATIENCE)).anySatisfy(letter -> assertThat(letter).contains("\"" + dept + "\""));
    }

    private static void readsBackInEveryFormat(String dept) throws Exception {
        String report = report(dept, TestRounds.AS_OF);
        as(reviewer()).accept("text/html").get(report).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString(TITLE), containsString("预算执行率47.07%，应达到执行率58.33%，落后11.26个百分点，预警：红"),
                        not(containsString("预警：绿。")));
        byte[] docx = as(editorOf(dept)).accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .get(report).then().statusCode(200)
                .header("Content-Disposition", containsString(dept + "-2023-monitoring-2023-07-31.docx"))
                .extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText).toList()).contains(TITLE,
                    "1.加快项目支付进度（责任人：财务科 张三；完成时限：2023年9月30日）");
        }
        byte[] pdf = as(editorOf(dept)).accept("application/pdf").get(report).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains(TITLE, "三、偏离原因及纠偏措施");
        }
    }

    @Test
    void aRedeliveredOrOlderVersionChangesNothingAndANewerOneReplacesTheRound() {
        String dept = "MONVER";
        consumer.onMonitoringEvent(TestRounds.event(TestRounds.round(dept, TestRounds.AS_OF, 2), 0));
        consumer.onMonitoringEvent(TestRounds.event(TestRounds.round(dept, TestRounds.AS_OF, 2).put("state", "CLOSED"), 1));
        consumer.onMonitoringEvent(TestRounds.event(olderVersion(dept).put("version", 1), 2));
        JsonPath kept = as(reviewer()).accept("application/json").get(report(dept, TestRounds.AS_OF)).then()
                .statusCode(200).extract().jsonPath();
        assertThat(kept.getInt("version")).isEqualTo(2);
        assertThat(kept.getString("state")).isEqualTo("OPEN");
        assertThat(kept.getString("budgetPace.department.light")).isEqualTo("RED");

        consumer.onMonitoringEvent(TestRounds.event(TestRounds.round(dept, TestRounds.AS_OF, 3).put("state", "CLOSED"), 3));
        as(reviewer()).accept("text/html").get(report(dept, TestRounds.AS_OF)).then().statusCode(200)
                .body(containsString("第 3 版监控数据，监控已结束"), containsString(
                        "MONVER2023年预算绩效运行监控报告（截至2023年7月31日）"));
    }

    @Test
    void aRoundWithoutDateVersionOrPaceOrDatedOutsideItsYearIsPoisonAndKeptNowhere() {
        String dept = "MONPOISON";
        ObjectNode withoutDate = TestRounds.round(dept, TestRounds.AS_OF, 1);
        withoutDate.remove("asOf");
        ObjectNode otherYear = TestRounds.round(dept, "2024-01-31", 1);
        ObjectNode withoutPace = TestRounds.round(dept, TestRounds.AS_OF, 1);
        withoutPace.remove("budgetPace");
        ObjectNode textualVersion = TestRounds.round(dept, TestRounds.AS_OF, 1).put("version", "four");
        for (ObjectNode round : new ObjectNode[] { withoutDate, otherYear, withoutPace, textualVersion,
                TestRounds.round(dept, TestRounds.AS_OF, 0) }) {
            assertThatThrownBy(() -> consumer.onMonitoringEvent(TestRounds.event(round, 0)))
                    .isInstanceOf(PoisonMessageException.class);
        }
        as(editorOf(dept)).get(monitoring(dept)).then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void onlyTheDepartmentAndTheBureauReadItAndAMissingRoundOrABadDateIsAProblem() {
        String dept = "MONACCESS";
        consumer.onMonitoringEvent(TestRounds.event(TestRounds.round(dept, TestRounds.AS_OF, 1), 0));
        String report = report(dept, TestRounds.AS_OF);
        as(editorOf(dept)).get(report).then().statusCode(200).contentType(containsString("text/html"));
        as(editorOf("OTHER")).get(report).then().statusCode(403).contentType("application/problem+json");
        as(editorOf("OTHER")).get(monitoring(dept)).then().statusCode(403).contentType("application/problem+json");
        given().get(report).then().statusCode(401);
        as(editorOf(dept)).get(report(dept, "2023-05-31")).then().statusCode(404)
                .contentType("application/problem+json");
        as(editorOf(dept)).get(report(dept, "2023-02-30")).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.is("asOf"));
        as(editorOf(dept)).accept("image/png").get(report).then().statusCode(406)
                .contentType("application/problem+json");
    }

    /** Version 3 of the July round, in which the department's pace looked green. */
    private static ObjectNode olderVersion(String dept) {
        ObjectNode round = TestRounds.round(dept, TestRounds.AS_OF, 3);
        round.with("budgetPace").with("department").put("light", "GREEN").put("executed", new BigDecimal("99.99"));
        return round;
    }

    private static void awaitRounds(String dept, int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (as(reviewer()).get(monitoring(dept)).jsonPath().getList("$").size() < count) {
            assertThat(System.nanoTime()).as("the rounds sent through the broker never arrived").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static String monitoring(String dept) {
        return "/api/v1/departments/" + dept + "/years/2023/monitoring";
    }

    private static String report(String dept, String asOf) {
        return monitoring(dept) + "/" + asOf + "/report";
    }
}
