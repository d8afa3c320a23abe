package cn.perfeval.budget.rest;

import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A rejection by the budget domain (a negative amount) is written in both languages where it is made: a zh-CN
 * caller reads it in Chinese, an integrator in English, with the same field.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class DomainMessageLanguageTests {

    private static final String DEPT = "LANGB";
    private static final String NEGATIVE = "[{\"lineId\":\"AP-1\",\"source\":\"GENERAL_PUBLIC_BUDGET\",\"amount\":-1}]";

    @Test
    void aNegativeAmountIsRefusedInTheCallersLanguage() {
        String url = base(DEPT, 2023) + "/budget/appropriations";
        as(erpOf(DEPT)).header("Accept-Language", "zh-CN,zh;q=0.9").body(NEGATIVE).put(url)
                .then().statusCode(400).contentType("application/problem+json")
                .header("Content-Language", "zh-CN")
                .body("title", equalTo("请求校验未通过"))
                .body("errors[0].field", equalTo("appropriations[AP-1].amount"))
                .body("errors[0].message", equalTo("appropriations[AP-1].amount：不能为负数，实为 -1"));
        as(erpOf(DEPT)).header("Accept-Language", "en").body(NEGATIVE).put(url)
                .then().statusCode(400)
                .body("detail", equalTo("appropriations[AP-1].amount: must not be negative, got -1"))
                .body("errors[0].field", equalTo("appropriations[AP-1].amount"));
    }
}
