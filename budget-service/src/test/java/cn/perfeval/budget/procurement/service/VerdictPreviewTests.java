package cn.perfeval.budget.procurement.service;

import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static cn.perfeval.budget.BudgetServiceTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.perfeval.testinfra.RealInfrastructureResource;
import cn.perfeval.testinfra.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The what-if of procurement timeliness: verdicts of proposed dates on the real calendars, with nothing stored. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class VerdictPreviewTests {

    private static String previews(String dept, int year) {
        return base(dept, year) + "/procurement/verdict-previews";
    }

    private static String verdict(String rule, String subject, String field) {
        return "verdicts.find { it.rule == '" + rule + "' && it.subjectId == '" + subject + "' }." + field;
    }

    @Test
    void theLateContractsAreOnTimeWithTheCorrectedDatesAndNothingIsStored() {
        String dept = "PREVIEW1";
        String erp = erpOf(dept);
        ProcurementTimelinessTests.seedProcurement(erp, dept);
        String verdictsBefore = as(erp).get(base(dept, 2023) + "/procurement/verdicts").then().statusCode(200)
                .extract().asString();
        String contractsBefore = as(erp).get(base(dept, 2023) + "/procurement/contracts").then().extract().asString();
        int eventsBefore = events("procurement-events", dept, 2023).size();

        // HT-2023-02 (notice 3 July, deadline 2 August) signed on Friday 28 July and filed on Monday 31 July;
        // HT-2023-03 (signed Thursday 28 September) filed the same day.
        as(erp).body("""
                {"contracts": [{"contractId": "HT-2023-02", "signedOn": "2023-07-28", "filedOn": "2023-07-31"},
                               {"contractId": "HT-2023-03", "filedOn": "2023-09-28"}]}
                """).post(previews(dept, 2023)).then().statusCode(200)
                .body("departmentCode", equalTo(dept))
                .body("verdicts.size()", equalTo(4))
                .body(verdict("CONTRACT_SIGNING", "HT-2023-02", "compliant"), equalTo(true))
                .body(verdict("CONTRACT_SIGNING", "HT-2023-02", "recordedCompliant"), equalTo(false))
                .body(verdict("CONTRACT_SIGNING", "HT-2023-02", "deadline"), equalTo("2023-08-02"))
                .body(verdict("CONTRACT_SIGNING", "HT-2023-02", "actDate"), equalTo("2023-07-28"))
                // two working days after Friday 28 July: Monday 31 July and Tuesday 1 August
                .body(verdict("CONTRACT_FILING", "HT-2023-02", "deadline"), equalTo("2023-08-01"))
                .body(verdict("CONTRACT_FILING", "HT-2023-02", "compliant"), equalTo(true))
                .body(verdict("CONTRACT_FILING", "HT-2023-02", "recordedCompliant"), equalTo(true))
                .body(verdict("CONTRACT_SIGNING", "HT-2023-03", "compliant"), equalTo(true))
                .body(verdict("CONTRACT_FILING", "HT-2023-03", "compliant"), equalTo(true))
                .body(verdict("CONTRACT_FILING", "HT-2023-03", "recordedCompliant"), equalTo(false))
                .body(verdict("CONTRACT_FILING", "HT-2023-03", "calendarVersions[0].version"), equalTo("2023-v1"))
                .body(verdict("CONTRACT_FILING", "HT-2023-03", "detail"), containsString("合同备案公告于2023-09-28，未超过期限"));

        as(erp).get(base(dept, 2023) + "/procurement/verdicts").then().body(equalTo(verdictsBefore));
        as(erp).get(base(dept, 2023) + "/procurement/contracts").then().body(equalTo(contractsBefore));
        assertThat(events("procurement-events", dept, 2023)).hasSize(eventsBefore);
    }

    @Test
    void hypotheticalContractsAndIntentionDatesAreJudgedTooAndAReviewerMayAsk() {
        String dept = "PREVIEW2";
        ProcurementTimelinessTests.seedProcurement(erpOf(dept), dept);
        String reviewer = TestInfrastructure.tokens().token("reviewer", Set.of("bureau-reviewer"), Set.of());

        // Notice TZ-2023-01 of 20 March: the 30 days end on 19 April, so 25 April is late. CG-2023-01 starts on
        // 10 March: disclosing on 1 March is less than 30 days before. HT-NEW is not filed, and its 2 working days
        // ran out long before today: its filing is overdue, as a stored contract's would be.
        as(reviewer).body("""
                {"contracts": [{"contractId": "HT-NEW", "awardNoticeId": "TZ-2023-01", "signedOn": "2023-04-25", "hypothetical": true}],
                 "intentions": [{"projectCode": "CG-2023-01", "disclosedOn": "2023-03-01"}]}
                """).post(previews(dept, 2023)).then().statusCode(200)
                .body("verdicts.size()", equalTo(3))
                .body(verdict("CONTRACT_SIGNING", "HT-NEW", "deadline"), equalTo("2023-04-19"))
                .body(verdict("CONTRACT_FILING", "HT-NEW", "status"), equalTo("OVERDUE"))
                .body(verdict("CONTRACT_FILING", "HT-NEW", "compliant"), equalTo(false))
                .body(verdict("CONTRACT_SIGNING", "HT-NEW", "compliant"), equalTo(false))
                .body(verdict("CONTRACT_SIGNING", "HT-NEW", "daysLate"), equalTo(6))
                .body(verdict("CONTRACT_SIGNING", "HT-NEW", "recordedCompliant"), nullValue())
                .body(verdict("INTENTION_DISCLOSURE", "CG-2023-01", "compliant"), equalTo(false))
                .body(verdict("INTENTION_DISCLOSURE", "CG-2023-01", "recordedCompliant"), equalTo(true));
    }

    @Test
    void anotherDepartmentsTokenIsForbidden() {
        as(erpOf("SOMEONE-ELSE")).body("{\"contracts\": [{\"contractId\": \"HT-2023-02\", \"signedOn\": \"2023-07-28\"}]}")
                .post(previews("PREVIEW1", 2023)).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void badDatesAndUnknownRecordsAreProblemsNamingTheRecordAndField() {
        String dept = "PREVIEW3";
        String erp = erpOf(dept);
        ProcurementTimelinessTests.seedProcurement(erp, dept);
        int eventsBefore = events("procurement-events", dept, 2023).size();

        as(erp).body("{\"contracts\": [{\"contractId\": \"HT-2023-02\", \"signedOn\": \"2023-06-01\"}]}")
                .post(previews(dept, 2023)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("contracts[HT-2023-02].signedOn"))
                .body("detail", containsString("before the award notice was issued on 2023-07-03"));
        as(erp).body("""
                {"contracts": [{"contractId": "HT-NOPE", "signedOn": "2023-06-01"},
                               {"contractId": "HT-2023-01", "signedOn": "2023-04-01", "hypothetical": true}],
                 "intentions": [{"projectCode": "CG-NOPE", "disclosedOn": "2023-01-05"}]}
                """).post(previews(dept, 2023)).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("contracts[HT-NOPE].contractId", "contracts[HT-2023-01].hypothetical")));
        as(erp).body("{\"contracts\": [{\"contractId\": \"HT-2023-02\", \"filedOn\": \"2022-12-30\"}]}")
                .post(previews(dept, 2023)).then().statusCode(400)
                .body("errors[0].field", equalTo("contracts[HT-2023-02].filedOn"));
        as(erp).body("{}").post(previews(dept, 2023)).then().statusCode(400).contentType("application/problem+json");
        // A December 2026 notice signed in January 2027: the 2027 holiday notice has not been published.
        as(erp).body("""
                {"contracts": [{"contractId": "HT-Z", "awardNoticeIssuedOn": "2026-12-20", "signedOn": "2027-01-05", "hypothetical": true}]}
                """).post(previews(dept, 2026)).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("contracts[HT-Z]"))
                .body("errors[0].message", containsString("2027"));

        assertThat(events("procurement-events", dept, 2023)).hasSize(eventsBefore);
    }
}
