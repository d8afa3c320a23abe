package cn.perfeval.indicator;

import static cn.perfeval.indicator.IndicatorServiceTestSupport.DEPT;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.as;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.editorOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A problem reaches a zh-CN user in Chinese and an integrator in English, with the same type, status and fields. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_tests"))
class ProblemLanguageTests {

    private static final String DEPARTMENT = "/api/v1/departments/" + DEPT;
    private static final String BLANK_NAME = "{\"name\":\"\",\"functions\":\"负责\",\"extra\":1}";

    @Test
    void aZhCnCallerReadsTheTitleAndTheMessagesInChinese() {
        as(editorOf(DEPT)).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                .body("{\"name\":\"\",\"functions\":\"负责\"}").put(DEPARTMENT)
                .then().statusCode(400).contentType("application/problem+json")
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://perfeval.cn/problems/validation"))
                .body("title", equalTo("请求校验未通过"))
                .body("errors.field", hasItem("name"))
                .body("errors[0].message", matchesPattern(".*\\p{IsHan}.*"));
        as(editorOf(DEPT)).header("Accept-Language", "zh-CN").body(BLANK_NAME).put(DEPARTMENT)
                .then().statusCode(400).body("errors[0].message", equalTo("未知字段"));
    }

    /** A domain rejection (an actual written with a comparator) is written in both languages where it is made. */
    @Test
    void aValueRefusedByTheDomainReachesEachCallerInItsLanguage() {
        as(editorOf(DEPT)).body("{\"name\":\"广州住房公积金管理中心\",\"functions\":\"负责\"}").put(DEPARTMENT)
                .then().statusCode(200);
        String indicators = DEPARTMENT + "/years/2023/indicators";
        String id = as(editorOf(DEPT)).body("{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"语言测试"
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"annualTarget\":\"530万人\"}").post(indicators)
                .then().statusCode(201).extract().path("id");
        String actual = indicators + "/" + id + "/actual";
        as(editorOf(DEPT)).header("Accept-Language", "zh-CN").body("{\"value\":\"≥5万人\"}").put(actual)
                .then().statusCode(400).header("Content-Language", "zh-CN")
                .body("detail", equalTo("无法读取 '≥5万人'：完成值是实际测得的数量，请去掉比较符号 '≥'"))
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", equalTo("无法读取 '≥5万人'：完成值是实际测得的数量，请去掉比较符号 '≥'"));
        as(editorOf(DEPT)).header("Accept-Language", "en").body("{\"value\":\"≥5万人\"}").put(actual)
                .then().statusCode(400)
                .body("detail", equalTo("cannot read '≥5万人': an actual is a measured amount; remove the comparator '≥'"))
                .body("errors[0].field", equalTo("value"));
    }

    @Test
    void anIntegratorWithoutAcceptLanguageReadsEnglish() {
        as(editorOf(DEPT)).body(BLANK_NAME).put(DEPARTMENT)
                .then().statusCode(400).contentType("application/problem+json")
                .header("Vary", equalTo("Accept-Language"))
                .body("title", equalTo("Request validation failed"))
                .body("errors[0].message", equalTo("unknown field"));
    }
}
