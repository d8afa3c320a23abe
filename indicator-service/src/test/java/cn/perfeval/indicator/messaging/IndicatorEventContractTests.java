package cn.perfeval.indicator.messaging;

import static cn.perfeval.indicator.IndicatorServiceTestSupport.SCHEMAS;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.as;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.editorOf;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.schemaViolations;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The producer's side of the indicator-events contract: every kind of event this service emits, as written to the
 * outbox (what the relay sends), is valid against the schema its {@code dataschema} names, and each schema is
 * served at that path to anyone.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_tests"))
class IndicatorEventContractTests {

    private static final String DEPT = "CONTRACTS";
    private static final int YEAR = 2023;
    private static final String EDITOR = editorOf(DEPT);
    private static final String INDICATORS = "/api/v1/departments/" + DEPT + "/years/" + YEAR + "/indicators";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyEventTypeThisServiceEmitsMatchesTheSchemaItNames() {
        as(EDITOR).body(Map.of("name", "契约测试中心")).put("/api/v1/departments/" + DEPT).then().statusCode(200);

        String measured = create("当年广州住房公积金实缴人数", "530万人");
        as(EDITOR).body(Map.of("asOf", "2023-06-30", "value", "268.4万人", "note", "半年")).post(INDICATORS + "/" + measured + "/progress")
                .then().statusCode(200);
        as(EDITOR).body(Map.of("value", "534.89万人", "evidenceDocument", "2023年年度报告",
                "evidenceUrl", "https://gjj.gz.gov.cn/report-2023")).put(INDICATORS + "/" + measured + "/actual")
                .then().statusCode(200);

        String graded = create("业务大厅服务质量", "达成");
        as(EDITOR).body(Map.of("value", "达成", "qualitativeGrade", "达成", "qualitativeShare", 0.9))
                .put(INDICATORS + "/" + graded + "/actual").then().statusCode(200);

        String removed = create("待删除指标", "≥85%");
        as(EDITOR).delete(INDICATORS + "/" + removed).then().statusCode(204);

        // With indicators in YEAR, a department change is announced for that year.
        as(EDITOR).body(Map.of("name", "契约测试中心", "functions", "负责住房公积金的管理和运作"))
                .put("/api/v1/departments/" + DEPT).then().statusCode(200);
        as(EDITOR).body(Map.of("overallGoal", "推动高质量发展",
                "keyTasks", List.of(Map.of("task", "建设“数字政府”", "goal", "保证信息系统稳定运行"))))
                .put("/api/v1/departments/" + DEPT + "/years/" + YEAR + "/goals").then().statusCode(200);

        List<OutboxEvent> emitted = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "eventKey = ?1 order by seq", DEPT + ":" + YEAR));
        assertThat(emitted).extracting(event -> event.eventType).contains(IndicatorTopic.INDICATOR_CHANGED,
                IndicatorTopic.INDICATOR_DELETED, IndicatorTopic.DEPARTMENT_CHANGED, IndicatorTopic.EVALUATION_CHANGED);
        assertThat(emitted).allSatisfy(event ->
                assertThat(schemaViolations(event)).as(event.eventType + ": " + event.payload).isEmpty());
    }

    @Test
    void theSchemasAreServedAtTheirDataschemaPathsWithoutAToken() throws Exception {
        for (String path : List.of(IndicatorTopic.INDICATOR_SCHEMA.toString(), IndicatorTopic.DEPARTMENT_SCHEMA.toString(),
                IndicatorTopic.EVALUATION_SCHEMA.toString())) {
            String served = given().get(path).then().statusCode(200).contentType(containsString("json"))
                    .extract().asString();
            assertThat(JSON.readTree(served)).isEqualTo(SCHEMAS.document(path));
        }
    }

    private static String create(String name, String target) {
        return as(EDITOR).body("{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"" + name + "\",\"periodTarget\":\""
                        + target + "\",\"annualTarget\":\"" + target + "\"}")
                .post(INDICATORS).then().statusCode(201).extract().path("id");
    }
}
