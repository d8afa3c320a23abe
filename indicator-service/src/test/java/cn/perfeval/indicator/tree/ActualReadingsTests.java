package cn.perfeval.indicator.tree;

import static cn.perfeval.indicator.IndicatorServiceTestSupport.DEPT;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.as;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.editorOf;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.reviewer;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Actuals as written are read as reporting them would read them, for a what-if, and nothing is stored. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_tests"))
class ActualReadingsTests {

    private static final int YEAR = 2023;
    private static final String BASE = "/api/v1/departments/" + DEPT + "/years/" + YEAR + "/indicators";
    private static final String EDITOR = editorOf(DEPT);

    @BeforeEach
    void department() {
        as(EDITOR).body("{\"name\":\"广州住房公积金管理中心\",\"functions\":\"负责住房公积金的管理和运作\"}")
                .put("/api/v1/departments/" + DEPT).then().statusCode(200);
    }

    @Test
    void valuesAsWrittenAreReadInTheTargetsBaseUnitAndNothingIsStored() {
        String loans = create("读数-贷款发放笔数", "≥4.48万笔");
        String rate = create("读数-回收率", "≥85%");

        as(reviewer()).body("{\"actuals\":{\"" + loans + "\":\"4.00万笔\",\"" + rate + "\":\"91.5%\"}}")
                .post(BASE + "/actual-readings").then().statusCode(200)
                .body("'" + loans + "'.value.toBigDecimal()", comparesEqualTo(new BigDecimal("40000")))
                .body("'" + loans + "'.unit", equalTo("笔"))
                .body("'" + loans + "'.text", equalTo("4.00万笔"))
                .body("'" + rate + "'.value.toBigDecimal()", comparesEqualTo(new BigDecimal("91.5")));

        as(EDITOR).get(BASE + "/" + loans).then().statusCode(200).body("actual", nullValue());
    }

    @Test
    void everyUnreadableValueIsNamedInOneProblem() {
        String loans = create("读数-笔数单位", "≥4.48万笔");
        String unknown = UUID.randomUUID().toString();

        as(EDITOR).body("{\"actuals\":{\"" + loans + "\":\"4.00万人\",\"" + unknown + "\":\"1笔\",\"not-an-id\":\"1笔\"}}")
                .post(BASE + "/actual-readings").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("actuals." + loans, "actuals." + unknown, "actuals.not-an-id"));
    }

    @Test
    void anotherDepartmentsEditorCannotRead() {
        String loans = create("读数-他部门", "≥4.48万笔");
        as(editorOf("OTHER")).body("{\"actuals\":{\"" + loans + "\":\"4.00万笔\"}}")
                .post(BASE + "/actual-readings").then().statusCode(403).contentType("application/problem+json");
    }

    private static String create(String name, String target) {
        return as(EDITOR).body("{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"" + name + "\",\"periodTarget\":\""
                        + target + "\",\"annualTarget\":\"" + target + "\"}")
                .post(BASE).then().statusCode(201).extract().path("id");
    }
}
