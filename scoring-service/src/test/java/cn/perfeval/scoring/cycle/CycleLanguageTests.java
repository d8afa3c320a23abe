package cn.perfeval.scoring.cycle;

import static cn.perfeval.scoring.CycleSteps.as;
import static cn.perfeval.scoring.CycleSteps.base;
import static cn.perfeval.scoring.CycleSteps.reviewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.scoring.CycleSteps;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A step the cycle refuses (approving a draft) is explained in the caller's language: Chinese to a zh-CN caller,
 * English to an integrator; the extension members a client switches on stay the same.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class CycleLanguageTests {

    @Test
    void aRefusedTransitionIsExplainedInTheCallersLanguage() {
        String dept = "CYC-LANG";
        CycleSteps.cleanSeed(dept);
        String approval = base(dept) + "/cycle/approval";
        as(reviewer()).header("Accept-Language", "zh-CN").body(Map.of()).post(approval)
                .then().statusCode(409).header("Content-Language", "zh-CN")
                .body("title", equalTo("请求与当前状态冲突"))
                .body("detail", equalTo("评价当前为 DRAFT（填报中）：现在不能执行 approve；可执行：submit"))
                .body("allowedTransitions", contains("submit"));
        as(reviewer()).header("Accept-Language", "en-GB").body(Map.of()).post(approval)
                .then().statusCode(409)
                .body("detail", equalTo("The evaluation is DRAFT (填报中): approve is not allowed now; allowed: submit"))
                .body("allowedTransitions", contains("submit"));
    }
}
