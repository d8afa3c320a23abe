package cn.perfeval.report.narrative;

import static cn.perfeval.report.ReportServiceTestSupport.YEAR;
import static cn.perfeval.report.ReportServiceTestSupport.as;
import static cn.perfeval.report.ReportServiceTestSupport.editorOf;
import static org.hamcrest.Matchers.startsWith;

import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A section the report does not have is explained in the caller's language: Chinese to zh-CN, else English. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report_tests"))
class NarrativeLanguageTests {

    @Test
    void anUnknownSectionIsExplainedInTheCallersLanguage() {
        String section = "/api/v1/departments/LANGR/years/" + YEAR + "/report/narrative/nosuch";
        as(editorOf("LANGR")).header("Accept-Language", "zh-CN").get(section)
                .then().statusCode(404).contentType("application/problem+json").header("Content-Language", "zh-CN")
                .body("title", startsWith("资源不存在"))
                .body("detail", startsWith("没有说明章节 nosuch；章节为 "));
        as(editorOf("LANGR")).get(section)
                .then().statusCode(404)
                .body("detail", startsWith("There is no narrative section nosuch; sections are "));
    }
}
