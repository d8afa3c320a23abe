package cn.perfeval.budget.procurement.service;

import static cn.perfeval.budget.BudgetServiceTestSupport.admin;
import static cn.perfeval.budget.BudgetServiceTestSupport.awaitJob;
import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.data;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static cn.perfeval.budget.BudgetServiceTestSupport.reviewer;
import static cn.perfeval.budget.BudgetServiceTestSupport.events;
import static cn.perfeval.budget.BudgetServiceTestSupport.validate;
import static cn.perfeval.testinfra.FixedToday.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class ProcurementTimelinessTests {

    /**
     * The seed's outcome from dated records (the dates are invented; the seed says only that some contract was
     * signed late and some filed late): HT-2023-02 signed 13 days after its 30-day deadline; HT-2023-03 signed
     * on Thursday 28 September and filed on 9 October — the National Day week sits inside its 2-working-day
     * window, whose make-up Saturday and Sunday (7 and 8 October) are its two working days, so it is a day late.
     */
    static void seedProcurement(String token, String dept) {
        String base = base(dept, 2023) + "/procurement";
        as(token).body("""
                [{"projectCode":"CG-2023-01","name":"业务系统运维服务","disclosedOn":"2023-02-01","procurementStartsOn":"2023-03-10"},
                 {"projectCode":"CG-2023-02","name":"办公设备采购","disclosedOn":"2023-05-05","procurementStartsOn":"2023-06-15"},
                 {"projectCode":"CG-2023-03","name":"档案数字化服务","disclosedOn":"2023-08-01","procurementStartsOn":"2023-09-05"}]
                """).put(base + "/intentions").then().statusCode(200);
        as(token).body("""
                [{"noticeId":"TZ-2023-01","projectCode":"CG-2023-01","issuedOn":"2023-03-20"},
                 {"noticeId":"TZ-2023-02","projectCode":"CG-2023-02","issuedOn":"2023-07-03"},
                 {"noticeId":"TZ-2023-03","projectCode":"CG-2023-03","issuedOn":"2023-09-25"}]
                """).put(base + "/award-notices").then().statusCode(200);
        as(token).body("""
                [{"contractId":"HT-2023-01","projectCode":"CG-2023-01","awardNoticeId":"TZ-2023-01","signedOn":"2023-04-10","filedOn":"2023-04-12","amount":120.00,"smeAmount":120.00},
                 {"contractId":"HT-2023-02","projectCode":"CG-2023-02","awardNoticeId":"TZ-2023-02","signedOn":"2023-08-15","filedOn":"2023-08-16","amount":85.50,"smeAmount":85.50},
                 {"contractId":"HT-2023-03","projectCode":"CG-2023-03","awardNoticeId":"TZ-2023-03","signedOn":"2023-09-28","filedOn":"2023-10-09","amount":60.00,"smeAmount":0}]
                """).put(base + "/contracts").then().statusCode(200);
        as(token).body("[]").put(base + "/complaints").then().statusCode(200);
        as(token).body("{\"reservedAmount\":205.50,\"awardedAmount\":205.50,\"source\":\"2023年度政府采购统计\"}")
                .put(base + "/sme-reservation").then().statusCode(200);
    }

    @Test
    void theSeedsLateSigningAndLateFilingFollowFromTheDatedRecords() {
        String dept = "GZHPF";
        String erp = erpOf(dept);
        seedProcurement(erp, dept);

        as(erp).get(base(dept, 2023) + "/procurement/verdicts").then().statusCode(200)
                .body("items.findAll { it.rule == 'CONTRACT_SIGNING' && !it.compliant }.subjectId", equalTo(List.of("HT-2023-02")))
                .body("items.find { it.rule == 'CONTRACT_SIGNING' && it.subjectId == 'HT-2023-02' }.deadline", equalTo("2023-08-02"))
                .body("items.find { it.rule == 'CONTRACT_SIGNING' && it.subjectId == 'HT-2023-02' }.daysLate", equalTo(13))
                .body("items.findAll { it.rule == 'CONTRACT_FILING' && !it.compliant }.subjectId", equalTo(List.of("HT-2023-03")))
                .body("items.find { it.rule == 'CONTRACT_FILING' && it.subjectId == 'HT-2023-03' }.deadline", equalTo("2023-10-08"))
                .body("items.find { it.rule == 'CONTRACT_FILING' && it.subjectId == 'HT-2023-03' }.calendarVersions[0].version",
                        equalTo("2023-v1"))
                .body("items.findAll { it.rule == 'INTENTION_DISCLOSURE' && it.compliant }.size()", equalTo(3));

        List<OutboxEvent> published = events("procurement-events", dept, 2023);
        JsonNode facts = data(published.get(published.size() - 1));
        assertThat(validate("procurement-facts-v1.json", facts)).isEmpty();
        assertThat(facts.get("version").asLong()).isEqualTo(published.size());
        assertThat(compliance(facts, "procurement.contracts.signing")).containsExactly(true, false, true);
        assertThat(compliance(facts, "procurement.contracts.filing")).containsExactly(true, true, false);
        assertThat(compliance(facts, "procurement.intentions.disclosed")).containsExactly(true, true, true);
        assertThat(compliance(facts, "procurement.intentions.timely")).containsExactly(true, true, true);
        assertThat(facts.at("/recordSets/procurement.complaints").size()).isZero();
        assertThat(facts.at("/numbers/procurement.sme.reserved/value").decimalValue())
                .isEqualByComparingTo(facts.at("/numbers/procurement.sme.awarded/value").decimalValue());
        assertThat(facts.at("/recordSets/procurement.contracts.filing/2/detail").asText()).contains("2023-v1", "2023-10-08");
    }

    @Test
    void signingBeforeTheNoticeIsRejectedAndNothingIsWritten() {
        String dept = "PROCBAD1";
        String erp = erpOf(dept);
        as(erp).body("[{\"contractId\":\"HT-X\",\"awardNoticeIssuedOn\":\"2023-05-10\",\"signedOn\":\"2023-05-01\"}]")
                .put(base(dept, 2023) + "/procurement/contracts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("contracts[HT-X].signedOn"));
        as(erp).body("[{\"contractId\":\"HT-Y\",\"awardNoticeIssuedOn\":\"2022-12-20\",\"signedOn\":\"2023-01-05\",\"amount\":-1}]")
                .put(base(dept, 2023) + "/procurement/contracts").then().statusCode(400)
                .body("errors.field", equalTo(List.of("contracts[HT-Y].awardNoticeIssuedOn", "contracts[HT-Y].amount")));
        as(erp).get(base(dept, 2023) + "/procurement/contracts").then().statusCode(200).body("total", equalTo(0));
        assertThat(events("procurement-events", dept, 2023)).isEmpty();
    }

    @Test
    void aComplaintWithoutItsUpheldFlagIsRejectedRatherThanReadAsNotUpheld() {
        String dept = "COMPLAINT1";
        String erp = erpOf(dept);
        as(erp).body("[{\"complaintId\":\"TS-1\",\"receivedOn\":\"2023-06-01\",\"summary\":\"评审不公\"}]")
                .put(base(dept, 2023) + "/procurement/complaints").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("complaints[TS-1].upheldAgainstPurchaser")))
                .body("errors[0].row", equalTo(1));
        as(erp).get(base(dept, 2023) + "/procurement/complaints").then().statusCode(200).body("total", equalTo(0));
        assertThat(events("procurement-events", dept, 2023)).isEmpty();
    }

    @Test
    void aDeadlineInAYearWithoutACalendarIsAnExplicitError() {
        today("2027-01-10");
        String dept = "NOCAL1";
        // A December 2026 notice signed in January 2027: the 2027 notice has not been published.
        as(erpOf(dept)).body("[{\"contractId\":\"HT-Z\",\"awardNoticeIssuedOn\":\"2026-12-20\",\"signedOn\":\"2027-01-05\"}]")
                .put(base(dept, 2026) + "/procurement/contracts").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("2027"));
    }

    @Test
    void contractsImportFromOcdsWithTheFilingDateFromItsOwnField() {
        String dept = "OCDS1";
        String erp = erpOf(dept);
        String ocds = """
                {"uri":"https://example.org/package","publishedDate":"2023-12-31T00:00:00+08:00","releases":[
                  {"ocid":"ocds-abc-CG-2023-09","id":"r1","date":"2023-05-01T00:00:00+08:00","tag":["contract"],
                   "awards":[{"id":"A-1","date":"2023-04-03T10:00:00+08:00"}],
                   "contracts":[{"id":"HT-OC-1","awardID":"A-1","dateSigned":"2023-05-06T09:00:00+08:00",
                                 "filedOn":"2023-05-09","value":{"amount":1250000,"currency":"CNY"}}]}]}
                """;
        as(erp).contentType("application/vnd.ocds+json").body(ocds).post(base(dept, 2023) + "/procurement/contracts/import")
                .then().statusCode(200).body("imported", equalTo(1));
        as(erp).get(base(dept, 2023) + "/procurement/contracts").then()
                .body("items[0].awardNoticeIssuedOn", equalTo("2023-04-03"))
                .body("items[0].signedOn", equalTo("2023-05-06"))
                .body("items[0].amount", equalTo(new java.math.BigDecimal("125.000000")));
        // 3 April + 30 days = 3 May, a Labour Day make-up... no: 3 May is the last day of the holiday, so the
        // period ends on 4 May; signed 6 May is late. Filed 9 May: 2 working days after Saturday 6 May (a make-up
        // working day) are 8 and 9 May, so on time.
        as(erp).get(base(dept, 2023) + "/procurement/verdicts").then()
                .body("items.find { it.rule == 'CONTRACT_SIGNING' }.deadline", equalTo("2023-05-04"))
                .body("items.find { it.rule == 'CONTRACT_SIGNING' }.compliant", equalTo(false))
                .body("items.find { it.rule == 'CONTRACT_FILING' }.deadline", equalTo("2023-05-09"))
                .body("items.find { it.rule == 'CONTRACT_FILING' }.compliant", equalTo(true));
    }

    @Test
    void anOcdsAmountBeyondFenOrBeyondAnyRealSizeIsARowErrorAndNothingIsImported() {
        String dept = "OCDS2";
        String erp = erpOf(dept);
        String release = """
                {"ocid":"ocds-abc-%1$s","id":"r-%1$s","date":"2023-05-01T00:00:00+08:00","tag":["contract"],
                 "awards":[{"id":"A-%1$s","date":"2023-04-03T10:00:00+08:00"}],
                 "contracts":[{"id":"HT-%1$s","awardID":"A-%1$s","dateSigned":"2023-05-06T09:00:00+08:00",
                               "value":{"amount":%2$s,"currency":"CNY"}}]}""";
        String ocds = "{\"uri\":\"https://example.org/package\",\"releases\":["
                + release.formatted("1", "1250000.505") + "," + release.formatted("2", "1e999999999") + "]}";
        as(erp).contentType("application/vnd.ocds+json").body(ocds).post(base(dept, 2023) + "/procurement/contracts/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("value.amount", "value.amount")))
                .body("errors[0].message", containsString("分"));
        as(erp).get(base(dept, 2023) + "/procurement/contracts").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anImportsIdempotencyKeyNamesOneRequestWhateverItsFormat() {
        String dept = "IMPKEY1";
        String erp = erpOf(dept);
        String url = base(dept, 2023) + "/procurement/contracts/import";
        String csv = String.join(",", ContractImportReader.CSV_COLUMNS) + "\nHT-K,,,2023-03-01,2023-03-20,2023-03-21,10,10\n";
        as(erp).contentType("text/csv").header("Idempotency-Key", "import-1").body(csv).post(url)
                .then().statusCode(200).body("imported", equalTo(1));
        as(erp).contentType("text/csv").header("Idempotency-Key", "import-1").body(csv).post(url)
                .then().statusCode(200).header("Idempotent-Replayed", "true");
        as(erp).contentType("application/json").header("Idempotency-Key", "import-1").body(csv).post(url)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        as(erp).get(base(dept, 2023) + "/procurement/contracts").then().body("total", equalTo(1));
    }

    @Test
    void calendarsAreReadableByAnyCallerAndEditableByAnAdminOnly() {
        as(erpOf("ANY")).get("/api/v1/calendars").then().statusCode(200)
                // the four shipped years first; a later year another test publishes may follow
                .body("items.year[0..3]", equalTo(List.of(2023, 2024, 2025, 2026)))
                .body("total", greaterThanOrEqualTo(4));
        as(erpOf("ANY")).get("/api/v1/calendars/2023").then().statusCode(200)
                .body("version", equalTo("2023-v1"))
                .body("holidays.find { it.name == '中秋节、国庆节' }.worked", equalTo(List.of("2023-10-07", "2023-10-08")));
        as(erpOf("ANY")).get("/api/v1/calendars/2031").then().statusCode(404).contentType("application/problem+json");
        as(erpOf("ANY")).body(calendar2026("2026-v9", "2026-09-27")).put("/api/v1/calendars/2026")
                .then().statusCode(403).contentType("application/problem+json");
        as(admin()).body(calendar2026("2026-v9", "2026-09-27").replace("\"year\": 2026", "\"year\": 2025"))
                .put("/api/v1/calendars/2026").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aCalendarChangeRecomputesTheVerdictsThatUsedItAndRepublishes() {
        String dept = "CAL2026";
        String erp = erpOf(dept);
        // Signed Thursday 24 September 2026; 25–27 September are the Mid-Autumn days off, so the two working days
        // are 28 and 29 September: filed on the 30th is a day late under 2026-v1.
        as(erp).body("[{\"contractId\":\"HT-26\",\"awardNoticeIssuedOn\":\"2026-09-22\",\"signedOn\":\"2026-09-24\",\"filedOn\":\"2026-09-30\"}]")
                .put(base(dept, 2026) + "/procurement/contracts").then().statusCode(200);
        as(erp).get(base(dept, 2026) + "/procurement/verdicts").then()
                .body("items.find { it.rule == 'CONTRACT_FILING' }.compliant", equalTo(false))
                .body("items.find { it.rule == 'CONTRACT_FILING' }.calendarVersions[0].version", equalTo("2026-v1"));
        int before = events("procurement-events", dept, 2026).size();

        // A (hypothetical) corrected notice also gives Monday 28 September off: the window ends on the 30th.
        String location = as(admin()).body(calendar2026("2026-v2", "2026-09-28")).put("/api/v1/calendars/2026").then()
                .statusCode(202).header("Location", containsString("/api/v1/jobs/"))
                .body("kind", equalTo("calendar-rejudge")).body("subject", equalTo("2026:2026-v2"))
                .extract().header("Location");
        as(erp).get("/api/v1/calendars/2026").then().body("version", equalTo("2026-v2"));
        io.restassured.path.json.JsonPath job = awaitJob(location);
        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(job.getLong("done")).isEqualTo(job.getLong("total")).isPositive();
        assertThat(job.getLong("failed")).isZero();
        as(erp).get(location).then().statusCode(403);
        as(reviewer()).get(location).then().statusCode(200);

        as(erp).get(base(dept, 2026) + "/procurement/verdicts").then()
                .body("items.find { it.rule == 'CONTRACT_FILING' }.deadline", equalTo("2026-09-30"))
                .body("items.find { it.rule == 'CONTRACT_FILING' }.compliant", equalTo(true))
                .body("items.find { it.rule == 'CONTRACT_FILING' }.calendarVersions[0].version", equalTo("2026-v2"));
        List<OutboxEvent> published = events("procurement-events", dept, 2026);
        assertThat(published).hasSize(before + 1);
        JsonNode facts = data(published.get(published.size() - 1));
        assertThat(compliance(facts, "procurement.contracts.filing")).containsExactly(true);
        assertThat(facts.at("/recordSets/procurement.contracts.filing/0/detail").asText()).contains("2026-v2");

        // The same document again changes nothing; other content under the same label is refused.
        as(admin()).body(calendar2026("2026-v2", "2026-09-28")).put("/api/v1/calendars/2026").then().statusCode(202)
                .body("total", equalTo(0)).body("state", equalTo("DONE"));
        assertThat(events("procurement-events", dept, 2026)).hasSize(before + 1);
        as(admin()).body(calendar2026("2026-v2", "2026-09-27")).put("/api/v1/calendars/2026").then().statusCode(409);
        as(erp).get("/api/v1/calendars/2026").then().body("version", equalTo("2026-v2"))
                .body("holidays.size()", greaterThanOrEqualTo(7));
    }

    private static List<Boolean> compliance(JsonNode facts, String key) {
        List<Boolean> flags = new java.util.ArrayList<>();
        facts.at("/recordSets/" + key.replace("/", "~1")).forEach(record -> flags.add(record.get("compliant").asBoolean()));
        return flags;
    }

    /** The shipped 2026 calendar with the Mid-Autumn block ending on {@code midAutumnLastDay}. */
    private static String calendar2026(String version, String midAutumnLastDay) {
        return cn.perfeval.budget.BudgetServiceTestSupport.resource("calendars/2026.json")
                .replace("\"2026-v1\"", "\"" + version + "\"")
                .replace("\"offTo\": \"2026-09-27\"", "\"offTo\": \"" + midAutumnLastDay + "\"");
    }
}
