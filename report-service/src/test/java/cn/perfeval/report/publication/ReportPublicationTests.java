package cn.perfeval.report.publication;

import static cn.perfeval.report.ReportServiceTestSupport.YEAR;
import static cn.perfeval.report.ReportServiceTestSupport.approval;
import static cn.perfeval.report.ReportServiceTestSupport.as;
import static cn.perfeval.report.ReportServiceTestSupport.editorOf;
import static cn.perfeval.report.ReportServiceTestSupport.PUBLISHED;
import static cn.perfeval.report.ReportServiceTestSupport.reportEvents;
import static cn.perfeval.report.ReportServiceTestSupport.reviewer;
import static cn.perfeval.report.ReportServiceTestSupport.scoreEvent;
import static cn.perfeval.report.ReportServiceTestSupport.seedFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.perfeval.platform.correlation.Correlation;
import cn.perfeval.report.SeedScorecards;
import cn.perfeval.report.messaging.EvaluationStateConsumer;
import cn.perfeval.report.messaging.ScoreEventsConsumer;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report_tests"))
class ReportPublicationTests {

    @Inject
    ScoreEventsConsumer consumer;

    @Inject
    EvaluationStateConsumer states;

    @Test
    void draftsArePrivateAndAnApprovedReportIsPublicInEveryFormat() throws Exception {
        String dept = "PUB1";
        deliver(seedFor(dept), 1);
        String draft = "/api/v1/departments/" + dept + "/years/" + YEAR + "/report";

        JsonPath draftJson = as(editorOf(dept)).accept("application/json").get(draft).then().statusCode(200)
                .body("version", equalTo(null)).extract().jsonPath();
        assertThat(draftJson.getObject("total", BigDecimal.class)).isEqualByComparingTo("95.54");
        as(reviewer()).accept("text/html").get(draft).then().statusCode(200).body(containsString("草稿（未公开）"));
        as(editorOf("OTHER")).get(draft).then().statusCode(403).contentType("application/problem+json");
        given().get(draft).then().statusCode(401);
        given().get("/reports/" + dept + "/" + YEAR).then().statusCode(404).contentType("application/problem+json");

        states.onStateEvent(approval(dept, 1, 3, 1));

        JsonPath json = given().accept("application/json").get("/reports/" + dept + "/" + YEAR)
                .then().statusCode(200).extract().jsonPath();
        assertThat(json.getInt("version")).isEqualTo(1);
        assertThat(json.getObject("total", BigDecimal.class)).isEqualByComparingTo("95.54");
        assertThat(json.getString("grade")).isEqualTo("优");
        assertThat(json.getList("dimensions.score", BigDecimal.class)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("49.54"), new BigDecimal("46"));
        assertThat(json.getList("report.outputTable.actual", String.class)).contains("534.89万人");
        assertThat(json.getList("report.outputTable.completion", String.class)).contains("100.92%", "124.56%");

        given().get("/reports/" + dept + "/" + YEAR).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("管理效率情况自评综合得分为46分"));
        given().get("/reports/" + dept + "/" + YEAR + ".md").then().statusCode(200)
                .contentType(containsString("text/markdown"))
                .body(containsString("| 产出指标 | 数量指标 | 当年广州住房公积金实缴人数 | 530万人 | 534.89万人 | 100.92% |"));
        byte[] docx = given().get("/reports/" + dept + "/" + YEAR + "/versions/1.docx").then().statusCode(200)
                .contentType(containsString("wordprocessingml")).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    .anySatisfy(p -> assertThat(p).contains("部门整体支出绩效自评综合得分为95.54分"));
        }
        byte[] pdf = given().accept("application/pdf").get("/reports/" + dept + "/" + YEAR + "/versions/1")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", ""))
                    .contains("部门整体支出绩效自评报告", "部分政府采购合同签订和备案工作时效性有待加强");
        }
        given().get("/reports/" + dept + "/" + YEAR + ".xyz").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept("image/png").get("/reports/" + dept + "/" + YEAR).then().statusCode(406)
                .contentType("application/problem+json");
        given().get("/reports/" + dept + "/" + YEAR + "/versions/9").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anApprovedChangeIsANewVersionWithADiffWhileAnApprovedRecomputeWithTheSameContentPublishesNothing() {
        String dept = "VER1";
        ObjectNode seed = seedFor(dept);
        ConsumerRecord<String, String> first = scoreEvent(seed, 10);
        consumer.onScoreEvent(first);
        states.onStateEvent(approval(dept, 1, 3, 10));
        assertThat(versions(dept)).extracting(v -> v[0], v -> v[1]).containsExactly(tuple(1, 3));
        assertThat(reportEvents(dept, PUBLISHED)).hasSize(1);

        consumer.onScoreEvent(first);
        ObjectNode recomputed = seed.deepCopy().put("version", 4).put("computedAt", "2024-03-02T08:00:00Z");
        consumer.onScoreEvent(scoreEvent(recomputed, 11));
        states.onStateEvent(approval(dept, 3, 4, 11));
        assertThat(versions(dept)).hasSize(1);
        assertThat(reportEvents(dept, PUBLISHED)).hasSize(1);

        ObjectNode changed = SeedScorecards.withLowerContributors(recomputed.deepCopy());
        consumer.onScoreEvent(scoreEvent(changed, 12));
        consumer.onScoreEvent(scoreEvent(changed, 12));
        states.onStateEvent(approval(dept, 5, 5, 12));
        assertThat(versions(dept)).extracting(v -> v[0]).containsExactly(1, 2);
        assertThat(versions(dept).get(1)[1]).isEqualTo(5);
        assertThat(reportEvents(dept, PUBLISHED)).hasSize(2);

        // An older scorecard arriving late changes nothing either.
        consumer.onScoreEvent(scoreEvent(seed, 13));
        assertThat(versions(dept)).hasSize(2);

        JsonPath diff = given().get("/reports/" + dept + "/" + YEAR + "/diff?from=1&to=2").then().statusCode(200)
                .extract().jsonPath();
        assertThat(diff.getList("summary", String.class)).contains(
                "总分：95.54 → 95.3",
                "维度得分「履职效能」得分：49.54 → 49.3",
                "表1「当年广州住房公积金实缴人数」完成指标值：534.89万人 → 520万人",
                "表1「当年广州住房公积金实缴人数」完成情况：100.92% → 98.11%",
                "问题与措施「部分绩效指标未达到年度指标值」：新增");
        assertThat(diff.getList("summary", String.class)).anySatisfy(line -> assertThat(line)
                .startsWith("表1说明：部门整体绩效目标产出指标共设置5个数量指标和3个质量指标，实际完成情况为100%"));
        assertThat(diff.getList("changes.section", String.class)).doesNotContain("表2");
        JsonPath latest = given().accept("application/json").get("/reports/" + dept + "/" + YEAR).then()
                .body("version", equalTo(2)).extract().jsonPath();
        assertThat(latest.getObject("total", BigDecimal.class)).isEqualByComparingTo("95.30");
    }

    @Test
    void theLatestPageIsRevalidatedByETagAndANewPublicationShowsAtOnce() throws InterruptedException {
        String dept = "ETAG1";
        ObjectNode seed = seedFor(dept);
        deliver(seed, 20);
        states.onStateEvent(approval(dept, 1, 3, 20));
        String latest = "/reports/" + dept + "/" + YEAR;

        var first = given().get(latest).then().statusCode(200).header("Cache-Control", "no-cache")
                .header("Vary", "Accept").body(containsString("第 1 版")).extract();
        String firstTag = first.header("ETag");
        assertThat(firstTag).isNotBlank();
        given().header("If-None-Match", firstTag).get(latest).then().statusCode(304).header("ETag", firstTag)
                .body(equalTo(""));
        String jsonTag = given().accept("application/json").get(latest).then().statusCode(200)
                .body("version", equalTo(1)).extract().header("ETag");
        assertThat(jsonTag).isNotEqualTo(firstTag);

        consumer.onScoreEvent(scoreEvent(SeedScorecards.withLowerContributors(seed.deepCopy()), 21));
        states.onStateEvent(approval(dept, 3, 4, 21));

        String secondTag = given().header("If-None-Match", firstTag).get(latest).then().statusCode(200)
                .body(containsString("第 2 版"), containsString("<strong id=\"total\">95.3</strong>"))
                .extract().header("ETag");
        assertThat(secondTag).isNotEqualTo(firstTag);
        given().accept("application/json").get(latest).then().statusCode(200).body("version", equalTo(2));
        given().get(latest + "/versions/1").then().statusCode(200).header("Cache-Control", "public, max-age=3600")
                .header("ETag", firstTag).body(containsString("第 1 版"));
        given().get(latest + "/versions/1.html").then().statusCode(200).header("ETag", firstTag)
                .header("Vary", nullValue());

        // Version 3 written by another instance of the service (straight into the shared database, as its
        // publication would): it shows here once this instance rechecks which version is the latest.
        QuarkusTransaction.requiringNew().run(() -> {
            ReportVersion second = ReportVersion.of(dept, YEAR, 2).orElseThrow();
            ReportVersion third = new ReportVersion();
            third.departmentCode = dept;
            third.fiscalYear = YEAR;
            third.number = 3;
            third.contentHash = second.contentHash;
            third.scorecardVersion = second.scorecardVersion;
            third.total = second.total;
            third.content = second.content;
            third.publishedAt = second.publishedAt;
            third.persist();
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (given().accept("application/json").get(latest).then().statusCode(200).extract().jsonPath()
                .getInt("version") != 3) {
            assertThat(System.nanoTime()).as("version 3 never became the latest").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void eachVersionNamesTheCorrelationIdOfTheActionThatCausedItAndIsCounted() {
        String dept = "CID1";
        double countedBefore = publicationsCounted();
        consumer.onScoreEvent(scoreEvent(seedFor(dept), 20));
        states.onStateEvent(correlated(approval(dept, 1, 3, 20), "approve-cid-1"));

        consumer.onScoreEvent(scoreEvent(SeedScorecards.withLowerContributors(seedFor(dept)), 21));
        ConsumerRecord<String, String> approved = correlated(approval(dept, 3, 4, 21), "approve-cid-2");
        states.onStateEvent(approved);

        given().get("/reports/" + dept + "/" + YEAR + "/versions").then().statusCode(200)
                .body("correlationId", contains("approve-cid-1", "approve-cid-2"));
        assertThat(reportEvents(dept, PUBLISHED).get(1).at("/data/correlationId").asText()).isEqualTo("approve-cid-2");
        assertThat(publicationsCounted()).isEqualTo(countedBefore + 2);
    }

    @Test
    void theDraftStatesThePreviousYearsOpenRectificationTaskCarriedInTheScorecard() {
        String dept = "CARRY1";
        ObjectNode scorecard = seedFor(dept);
        scorecard.putArray("carriedRectification").addObject().put("id", 1).put("fiscalYear", 2022)
                .put("problem", "采购意向公开不及时").put("goal", "采购意向100%按时公开").put("measure", "建立公开台账")
                .put("owner", "办公室 李四").put("dueDate", "2023-06-30").put("state", "OPEN").putNull("closedOn");
        deliver(scorecard, 30);
        as(editorOf(dept)).accept("text/markdown").get("/api/v1/departments/" + dept + "/years/" + YEAR + "/report")
                .then().statusCode(200).body(containsString("三是上年度整改任务尚未完成：采购意向公开不及时（整改目标："
                        + "采购意向100%按时公开；整改措施：建立公开台账；责任人：办公室 李四；整改时限：2023年6月30日）。"));
    }

    private static double publicationsCounted() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("perfeval_report_publications_total "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst().orElseThrow();
    }

    /** The public versions list: each version's number and the scorecard version it shows. */
    private static List<int[]> versions(String dept) {
        List<Map<String, Object>> list = given().get("/reports/" + dept + "/" + YEAR + "/versions").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return list.stream().map(v -> new int[] { ((Number) v.get("version")).intValue(),
                ((Number) v.get("scorecardVersion")).intValue() }).toList();
    }

    private static ConsumerRecord<String, String> correlated(ConsumerRecord<String, String> record, String id) {
        record.headers().add(Correlation.KAFKA_HEADER, id.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private void deliver(ObjectNode scorecard, long offset) {
        consumer.onScoreEvent(scoreEvent(scorecard, offset));
    }
}
