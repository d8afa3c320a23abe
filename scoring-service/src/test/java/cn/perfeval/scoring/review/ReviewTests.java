package cn.perfeval.scoring.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.scoring.CycleSteps;
import cn.perfeval.scoring.ScorecardPolling;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.engine.facts.QualitativeGrade;
import cn.perfeval.scoring.scorecard.ScorecardService;
import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The review on the running service (real PostgreSQL and Kafka): the department self-assesses, the bureau reviewer
 * confirms or adjusts, the score counts the reviewed value while the decision names the current self-assessment,
 * and the scorecard shows both values. Each test has its own evaluation, seeded with the GZHPF facts as events plus
 * one qualitative output indicator graded 达成 0.9 by the department.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class ReviewTests {

    static final int YEAR = 2023;
    static final String ITEM = "financial-compliance";
    private static final ObjectMapper JSON = new ObjectMapper();

    static String base(String dept) {
        return "/api/v1/departments/" + dept + "/years/" + YEAR;
    }

    /** indicator-service names indicators by UUID. */
    static String qualitativeId(String dept) {
        return UUID.nameUUIDFromBytes(("qualitative:" + dept).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static RequestSpecification reviewer() {
        return given().auth().oauth2(SeedEvents.reviewerToken()).contentType("application/json");
    }

    static RequestSpecification editor(String dept) {
        return given().auth().oauth2(SeedEvents.editorToken(dept)).contentType("application/json");
    }

    /**
     * The seed's facts and self-assessed judgements, the qualitative indicator graded 达成 0.9, every narrative section
     * written; its complete scorecard. The evaluation is a draft.
     */
    static JsonPath seeded(String dept) {
        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            events.wholeSeed();
            events.qualitativeIndicator(qualitativeId(dept), QualitativeGrade.ACHIEVED, new BigDecimal("0.9"), 1);
            CycleSteps.narrative(events, 1, 120);
        }
        ScorecardPolling.enterSeedJudgements(dept, YEAR);
        return ScorecardPolling.awaitScorecard(dept, YEAR, s -> s.getBoolean("complete")
                && s.getList("items.indicators.flatten().id", String.class).contains(qualitativeId(dept)));
    }

    /** {@link #seeded} and submitted by the department: the review is written while the evaluation is SUBMITTED. */
    static JsonPath submitted(String dept) {
        JsonPath scorecard = seeded(dept);
        submit(dept);
        return scorecard;
    }

    /** The department submits, as soon as the last facts are scored (a 409 while a recompute is pending). */
    static void submit(String dept) {
        CycleSteps.await("submission of " + dept, () -> {
            int status = CycleSteps.transition(CycleSteps.editor(dept), dept, "submission", Map.of()).statusCode();
            assertThat(status).as("submission of " + dept).isIn(200, 409);
            return status == 200;
        });
    }

    /** The reviewer returns the evaluation to the department. */
    static void returned(String dept) {
        CycleSteps.transition(CycleSteps.reviewer(), dept, "return", Map.of("reason", "请补充说明")).then().statusCode(200);
    }

    static JsonPath review(String dept) {
        return editor(dept).get(base(dept) + "/review").then().statusCode(200).extract().jsonPath();
    }

    static BigDecimal total(JsonPath scorecard) {
        return new BigDecimal(scorecard.getString("total"));
    }

    private static String item(String field) {
        return "items.find { it.code == '" + ITEM + "' }." + field;
    }

    private static String judgementUnderReview(String field) {
        return "judgements.find { it.itemCode == '" + ITEM + "' }." + field;
    }

    @Test
    void theDepartmentSelfAssessesAndTheReviewerMayNot() {
        String dept = "REVSELF";
        seeded(dept);
        editor(dept).body(Map.of("points", 1.8, "text", "自评：内控评价覆盖不全", "evidenceDocument", "内部控制评价报告"))
                .put(base(dept) + "/judgements/" + ITEM).then().statusCode(200).body("updatedBy", equalTo("editor"));
        reviewer().body(Map.of("points", 0, "text", "评审直接改分", "evidenceDocument", "评审意见"))
                .put(base(dept) + "/judgements/" + ITEM).then().statusCode(403).contentType("application/problem+json");
        editor(dept).body(Map.of("points", 1.8, "text", "无证据")).put(base(dept) + "/judgements/" + ITEM)
                .then().statusCode(400).body("errors.field", hasItem("evidenceDocument"));

        JsonPath review = review(dept);
        assertThat(new BigDecimal(review.getString(judgementUnderReview("selfAssessed.points")))).isEqualByComparingTo("1.8");
        assertThat(review.getString(judgementUnderReview("status"))).isEqualTo("AWAITING_REVIEW");
        JsonPath scorecard = ScorecardPolling.awaitScorecard(dept, YEAR,
                s -> new BigDecimal(s.getString(item("score"))).compareTo(new BigDecimal("1.8")) == 0);
        assertThat(scorecard.getString(item("reviewed"))).isNull();
    }

    @Test
    void aConfirmationKeepsTheScore() {
        String dept = "REVCONFIRM";
        BigDecimal before = total(submitted(dept));
        reviewer().body(Map.of("decision", "CONFIRMED")).put(base(dept) + "/review/judgements/" + ITEM)
                .then().statusCode(200).body("decision", equalTo("CONFIRMED")).body("by", equalTo("reviewer"))
                .body("reviewedVersion", equalTo(1));

        JsonPath scorecard = ScorecardPolling.awaitScorecard(dept, YEAR, s -> "CONFIRMED".equals(s.getString(item("reviewed.decision"))));
        assertThat(total(scorecard)).isEqualByComparingTo(before);
        assertThat(review(dept).getString(judgementUnderReview("status"))).isEqualTo("CONFIRMED");
    }

    @Test
    void anAdjustmentChangesTheTotalByExactlyTheDifferenceAndTheScorecardShowsBothValues() throws Exception {
        String dept = "REVADJUST";
        BigDecimal before = total(submitted(dept));
        reviewer().body(Map.of("decision", "ADJUSTED", "points", 1.25, "reason", "下属单位未纳入内部控制评价"))
                .put(base(dept) + "/review/judgements/" + ITEM).then().statusCode(200);

        JsonPath scorecard = ScorecardPolling.awaitScorecard(dept, YEAR, s -> s.get(item("reviewed")) != null);
        assertThat(total(scorecard)).isEqualByComparingTo(before.subtract(new BigDecimal("0.75")));
        assertThat(new BigDecimal(scorecard.getString(item("score")))).isEqualByComparingTo("1.25");
        assertThat(new BigDecimal(scorecard.getString(item("selfAssessed.points")))).isEqualByComparingTo("2");
        assertThat(new BigDecimal(scorecard.getString(item("reviewed.points")))).isEqualByComparingTo("1.25");
        assertThat(scorecard.getString(item("reviewed.reason"))).isEqualTo("下属单位未纳入内部控制评价");
        assertThat(scorecard.getString(item("reviewed.by"))).isEqualTo("reviewer");
        assertThat(scorecard.getString(item("reviewed.at"))).isNotBlank();

        // the published scorecard, both values included, keeps the score-events contract
        List<OutboxEvent> published = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "topic = ?1 and eventKey = ?2 order by seq", ScorecardService.TOPIC, dept + ":" + YEAR));
        String latest = published.get(published.size() - 1).payload;
        assertThat(latest).contains("下属单位未纳入内部控制评价");
        assertThat(EventSchemas.published().validateEvent(JSON.readTree(latest))).isEmpty();
    }

    @Test
    void aChangedSelfAssessmentMakesTheDecisionStaleAndKeepsItsHistory() {
        String dept = "REVSTALE";
        BigDecimal before = total(submitted(dept));
        reviewer().body(Map.of("decision", "ADJUSTED", "points", 1, "reason", "证据不足"))
                .put(base(dept) + "/review/judgements/" + ITEM).then().statusCode(200);
        ScorecardPolling.awaitScorecard(dept, YEAR, s -> total(s).compareTo(before.subtract(BigDecimal.ONE)) == 0);

        editor(dept).body(Map.of("points", 1.5, "text", "提交后不能改", "evidenceDocument", "补充的内部控制评价报告"))
                .put(base(dept) + "/judgements/" + ITEM).then().statusCode(409).body("state", equalTo("SUBMITTED"));
        returned(dept);
        editor(dept).body(Map.of("points", 1.5, "text", "补充证据后重新自评", "evidenceDocument", "补充的内部控制评价报告"))
                .put(base(dept) + "/judgements/" + ITEM).then().statusCode(200);

        JsonPath scorecard = ScorecardPolling.awaitScorecard(dept, YEAR,
                s -> total(s).compareTo(before.subtract(new BigDecimal("0.5"))) == 0);
        assertThat(scorecard.getString(item("reviewed"))).as("the decision reviewed version 1").isNull();
        JsonPath review = review(dept);
        assertThat(review.getString(judgementUnderReview("status"))).isEqualTo("CHANGED_SINCE_REVIEW");
        assertThat(new BigDecimal(review.getString(judgementUnderReview("countedPoints")))).isEqualByComparingTo("1.5");
        assertThat(review.getInt(judgementUnderReview("decision.reviewedVersion"))).isEqualTo(1);
        assertThat(review.getInt(judgementUnderReview("selfAssessed.version"))).isEqualTo(2);

        submit(dept);
        reviewer().body(Map.of("decision", "CONFIRMED")).put(base(dept) + "/review/judgements/" + ITEM)
                .then().statusCode(200).body("reviewedVersion", equalTo(2));
        JsonPath again = review(dept);
        assertThat(again.getString(judgementUnderReview("status"))).isEqualTo("CONFIRMED");
        assertThat(again.getList(judgementUnderReview("history.decision"), String.class))
                .containsExactly("ADJUSTED", "CONFIRMED");
    }

    @Test
    void adjustingAQualitativeGradeChangesTheIndicatorResult() {
        String dept = "REVGRADE";
        JsonPath before = submitted(dept);
        String indicator = "items.indicators.flatten().find { it.id == '" + qualitativeId(dept) + "' }";
        int outputs = before.getList("items.find { it.code == 'output-indicators' }.indicators").size();
        assertThat(new BigDecimal(before.getString(indicator + ".credit"))).isEqualByComparingTo("0.9");

        reviewer().body(Map.of("decision", "ADJUSTED", "grade", "PARTLY_ACHIEVED", "reason", "自查报告未附满意度佐证"))
                .put(base(dept) + "/review/indicators/" + qualitativeId(dept)).then().statusCode(200)
                .body("grade", equalTo("PARTLY_ACHIEVED")).body("share", equalTo(0.8f));

        JsonPath after = ScorecardPolling.awaitScorecard(dept, YEAR, s -> s.get(indicator + ".reviewed") != null);
        assertThat(after.getString(indicator + ".grade")).isEqualTo("PARTLY_ACHIEVED");
        assertThat(after.getBoolean(indicator + ".met")).isFalse();
        assertThat(new BigDecimal(after.getString(indicator + ".credit"))).isEqualByComparingTo("0.8");
        assertThat(after.getString(indicator + ".selfAssessed.grade")).isEqualTo("ACHIEVED");
        assertThat(new BigDecimal(after.getString(indicator + ".selfAssessed.share"))).isEqualByComparingTo("0.9");
        // every other output indicator of the seed is met: 20 × (outputs − 1 + 0.8) ÷ outputs
        BigDecimal expected = new BigDecimal("20").multiply(new BigDecimal(outputs - 1).add(new BigDecimal("0.8")))
                .divide(new BigDecimal(outputs), 2, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(after.getString("items.find { it.code == 'output-indicators' }.score")))
                .isEqualByComparingTo(expected);

        JsonPath review = review(dept);
        String graded = "indicators.find { it.indicatorId == '" + qualitativeId(dept) + "' }";
        assertThat(review.getString(graded + ".status")).isEqualTo("ADJUSTED");
        assertThat(review.getString(graded + ".countedGrade")).isEqualTo("PARTLY_ACHIEVED");
        assertThat(review.getString(graded + ".selfAssessed.evidence.document")).isEqualTo("服务规范化自查报告");
    }

    @Test
    void theReviewerCommentsPerItemAndTheDepartmentAnswers() {
        String dept = "REVCOMMENT";
        submitted(dept);
        int commentId = reviewer().body(Map.of("itemCode", "contract-signing-timeliness", "text", "请说明合同签订逾期原因。"))
                .post(base(dept) + "/review/comments").then().statusCode(201).body("by", equalTo("reviewer"))
                .extract().path("id");
        editor(dept).body(Map.of("text", "提交期间不能答复")).post(base(dept) + "/review/comments/" + commentId + "/answers")
                .then().statusCode(409).body("state", equalTo("SUBMITTED"));
        returned(dept);
        reviewer().body(Map.of("itemCode", ITEM, "text", "退回后不能再提意见")).post(base(dept) + "/review/comments")
                .then().statusCode(409).body("state", equalTo("RETURNED"));
        editor(dept).body(Map.of("text", "中标通知书送达延误，已建立台账跟踪。"))
                .post(base(dept) + "/review/comments/" + commentId + "/answers").then().statusCode(201)
                .body("by", equalTo("editor"));

        editor(dept).body(Map.of("itemCode", ITEM, "text", "部门自己评论")).post(base(dept) + "/review/comments")
                .then().statusCode(403);
        reviewer().body(Map.of("text", "评审代答")).post(base(dept) + "/review/comments/" + commentId + "/answers")
                .then().statusCode(403);
        editor(dept).body(Map.of("text", "答复不存在的意见")).post(base(dept) + "/review/comments/999999/answers")
                .then().statusCode(404).contentType("application/problem+json");
        editor("REVOTHER").body(Map.of("text", "答复别的部门的意见"))
                .post(base("REVOTHER") + "/review/comments/" + commentId + "/answers").then().statusCode(404);

        JsonPath review = review(dept);
        assertThat(review.getList("comments.itemCode", String.class)).containsExactly("contract-signing-timeliness");
        assertThat(review.getString("comments[0].text")).isEqualTo("请说明合同签订逾期原因。");
        assertThat(review.getList("comments[0].answers.text", String.class)).containsExactly("中标通知书送达延误，已建立台账跟踪。");
        assertThat(review.getString("comments[0].answers[0].at")).isNotBlank();
    }

    @Test
    void anAdjustmentNeedsAReasonAndPointsWithinTheItemsMaximum() {
        String dept = "REVRULES";
        submitted(dept);
        String path = base(dept) + "/review/judgements/" + ITEM;
        reviewer().body(Map.of("decision", "ADJUSTED", "points", 1)).put(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        reviewer().body(Map.of("decision", "ADJUSTED", "points", 1, "reason", "  ")).put(path).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        reviewer().body(Map.of("decision", "ADJUSTED", "points", 2.01, "reason", "超过满分")).put(path).then()
                .statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("points"));
        reviewer().body(Map.of("decision", "ADJUSTED", "grade", "NOT_ACHIEVED", "share", 0.7, "reason", "越出区间"))
                .put(base(dept) + "/review/indicators/" + qualitativeId(dept)).then().statusCode(422)
                .body("errors.field", hasItem("share"));

        assertThat(review(dept).getList("judgements.history.flatten()")).isEmpty();
        assertThat(review(dept).getList("indicators.history.flatten()")).isEmpty();
    }

    @Test
    void thereIsNothingToReviewBeforeTheDepartmentAssessedIt() {
        String dept = "REVNOTHING";
        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            events.wholeSeed();
            events.qualitativeIndicator(qualitativeId(dept), null, null, 1);
        }
        ScorecardPolling.awaitScorecard(dept, YEAR,
                s -> s.getList("items.indicators.flatten().id", String.class).contains(qualitativeId(dept)));
        // An ungraded indicator is a blocking finding: the evaluation cannot be submitted, so nothing is under review.
        CycleSteps.await("scored " + dept, () -> CycleSteps.transition(CycleSteps.editor(dept), dept, "submission",
                Map.of()).statusCode() == 422);
        reviewer().body(Map.of("decision", "CONFIRMED")).put(base(dept) + "/review/judgements/" + ITEM)
                .then().statusCode(409).contentType("application/problem+json").body("state", equalTo("DRAFT"));
        reviewer().body(Map.of("decision", "CONFIRMED")).put(base(dept) + "/review/indicators/" + qualitativeId(dept))
                .then().statusCode(409).body("state", equalTo("DRAFT"));
        reviewer().body(Map.of("decision", "CONFIRMED")).put(base(dept) + "/review/judgements/public-funds-control")
                .then().statusCode(422);
        reviewer().body(Map.of("decision", "CONFIRMED")).put(base(dept) + "/review/judgements/no-such-item")
                .then().statusCode(404);
        reviewer().body(Map.of("decision", "CONFIRMED")).put(base(dept) + "/review/indicators/no-such-indicator")
                .then().statusCode(404);

        JsonPath review = review(dept);
        assertThat(review.getString(judgementUnderReview("status"))).isEqualTo("NOT_SELF_ASSESSED");
        assertThat(review.getList("judgements.history.flatten()")).isEmpty();
    }
}
