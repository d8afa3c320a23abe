package cn.perfeval.indicator.goals;

import static cn.perfeval.indicator.IndicatorServiceTestSupport.DEPT;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.as;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.editorOf;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.schemaViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_tests"))
class GoalsResourceTests {

    private static final String EDITOR = editorOf(DEPT);
    private static final String GOALS = "/api/v1/departments/" + DEPT + "/years/2098/goals";

    @BeforeEach
    void department() {
        as(EDITOR).body("{\"name\":\"广州住房公积金管理中心\"}").put("/api/v1/departments/" + DEPT).then().statusCode(200);
    }

    @Test
    void goalsAndKeyTasksAreReplacedAsAWholeAndAnnounced() {
        as(EDITOR).body(Map.of("overallGoal", "推动高质量发展", "keyTasks", List.of(
                Map.of("task", "坚守“租购并举”", "goal", "各项业务指标平稳增长"),
                Map.of("task", "建设“数字政府”", "goal", "保证信息系统稳定运行")))).put(GOALS)
                .then().statusCode(200).body("version", equalTo(1)).body("keyTasks[1].ordinal", equalTo(2));
        as(EDITOR).body(Map.of("overallGoal", "推动高质量发展", "keyTasks", List.of(
                Map.of("task", "建设“数字政府”", "goal", "保证信息系统稳定运行")))).put(GOALS)
                .then().statusCode(200).body("version", equalTo(2));

        as(editorOf("OTHER")).get(GOALS).then().statusCode(403);
        as(EDITOR).get(GOALS).then().statusCode(200).body("keyTasks.size()", equalTo(1))
                .body("keyTasks[0].task", equalTo("建设“数字政府”"));
        OutboxEvent last = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "topic = ?1 order by seq desc", "indicator-events").firstResult());
        assertThat(last.eventType).isEqualTo("cn.perfeval.indicator.evaluation.changed");
        assertThat(last.payload).contains("\"version\":2", "建设“数字政府”");
        assertThat(schemaViolations(last)).isEmpty();
    }

    /** Issue 13: goals at their old maximum lengths made an event over Kafka's 1 MB; control characters were stored. */
    @Test
    void goalsBeyondTheTextLimitsOrWithControlCharactersAreRefusedAndNothingChanges() {
        String goals = GOALS.replace("/2098/", "/2097/");
        as(EDITOR).body(Map.of("overallGoal", "原目标", "keyTasks", List.of(Map.of("task", "任务", "goal", "目标")))).put(goals)
                .then().statusCode(200);
        long events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
        List<Map<String, String>> tooMany = java.util.Collections.nCopies(TextLimits.TEXT_ITEMS + 1,
                Map.of("task", "任务", "goal", "目标"));
        as(EDITOR).body(Map.of("overallGoal", "新目标", "keyTasks", tooMany)).put(goals)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("keyTasks"));
        as(EDITOR).body(Map.of("overallGoal", "目".repeat(TextLimits.TEXT + 1), "keyTasks", List.of())).put(goals)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("overallGoal"));
        as(EDITOR).body(Map.of("overallGoal", "新目标", "keyTasks", List.of(Map.of("task", "任务\u0007", "goal", "第一行\n第二行"))))
                .put(goals).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("keyTasks[0].task"));
        as(EDITOR).body("{\"overallGoal\":\"新目标\",\"keyTasks\":[null]}").put(goals)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("keyTasks[0]"));
        as(EDITOR).get(goals).then().body("overallGoal", equalTo("原目标"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count())).isEqualTo(events);
    }

    @Test
    void aBlankKeyTaskIsRejectedAndNothingChanges() {
        as(EDITOR).body(Map.of("overallGoal", "原目标", "keyTasks", List.of(Map.of("task", "任务", "goal", "目标")))).put(GOALS)
                .then().statusCode(200);
        long events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
        as(EDITOR).body(Map.of("overallGoal", "新目标", "keyTasks", List.of(Map.of("task", " ", "goal", "目标")))).put(GOALS)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("keyTasks[0].task"));
        as(EDITOR).get(GOALS).then().body("overallGoal", equalTo("原目标"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count())).isEqualTo(events);
    }
}
