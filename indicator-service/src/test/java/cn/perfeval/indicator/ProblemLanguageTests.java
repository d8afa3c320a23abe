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

    @Test
    void anIntegratorWithoutAcceptLanguageReadsEnglish() {
        as(editorOf(DEPT)).body(BLANK_NAME).put(DEPARTMENT)
                .then().statusCode(400).contentType("application/problem+json")
                .header("Vary", equalTo("Accept-Language"))
                .body("title", equalTo("Request validation failed"))
                .body("errors[0].message", equalTo("unknown field"));
    }
}
