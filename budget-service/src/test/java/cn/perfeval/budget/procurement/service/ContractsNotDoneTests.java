package cn.perfeval.budget.procurement.service;

import static cn.perfeval.budget.BudgetServiceTestSupport.admin;
import static cn.perfeval.budget.BudgetServiceTestSupport.awaitJob;
import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.data;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static cn.perfeval.budget.BudgetServiceTestSupport.events;
import static cn.perfeval.testinfra.FixedToday.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Contracts not signed or not filed yet, judged on a fixed date: late once the deadline has passed, counted as
 * non-compliant with the deadline named; pending (and left out of the counts) until then; and turned late by the
 * daily check when the deadline passes.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class ContractsNotDoneTests {

    @Inject
    PendingDeadlines pendingDeadlines;

    @Inject
    DataSource dataSource;

    @Test
    void anActNotDoneByItsDeadlineIsLateAndOneStillInTimeIsPending() {
        today("2023-05-01");
        String dept = "NOTDONE1";
        String erp = erpOf(dept);
        as(erp).body("""
                [{"contractId":"HT-A","awardNoticeIssuedOn":"2023-03-01"},
                 {"contractId":"HT-B","awardNoticeIssuedOn":"2023-04-20"},
                 {"contractId":"HT-C","awardNoticeIssuedOn":"2023-04-03","signedOn":"2023-04-20"}]
                """).put(base(dept, 2023) + "/procurement/contracts").then().statusCode(200);

        String verdicts = base(dept, 2023) + "/procurement/verdicts";
        as(erp).get(verdicts).then().statusCode(200)
                .body("items.find { it.rule == 'CONTRACT_SIGNING' && it.subjectId == 'HT-A' }.status", equalTo("OVERDUE"))
                .body("items.find { it.rule == 'CONTRACT_SIGNING' && it.subjectId == 'HT-A' }.compliant", equalTo(false))
                .body("items.find { it.rule == 'CONTRACT_SIGNING' && it.subjectId == 'HT-A' }.deadline", equalTo("2023-03-31"))
                .body("items.find { it.rule == 'CONTRACT_SIGNING' && it.subjectId == 'HT-A' }.actDate", nullValue())
                // 4/20 + 30 days = Saturday 20 May, so the deadline is Monday 22 May.
                .body("items.find { it.rule == 'CONTRACT_SIGNING' && it.subjectId == 'HT-B' }.status", equalTo("PENDING"))
                .body("items.find { it.rule == 'CONTRACT_SIGNING' && it.subjectId == 'HT-B' }.compliant", nullValue())
                .body("items.find { it.rule == 'CONTRACT_SIGNING' && it.subjectId == 'HT-B' }.deadline", equalTo("2023-05-22"))
                // Signed Thursday 20 April: the working days are Friday 21 and the make-up Sunday 23 April.
                .body("items.find { it.rule == 'CONTRACT_FILING' && it.subjectId == 'HT-C' }.status", equalTo("OVERDUE"))
                .body("items.find { it.rule == 'CONTRACT_FILING' && it.subjectId == 'HT-C' }.deadline", equalTo("2023-04-23"))
                .body("items.findAll { it.rule == 'CONTRACT_FILING' }.subjectId", equalTo(List.of("HT-C")));

        JsonNode facts = data(last(events("procurement-events", dept, 2023)));
        assertThat(ids(facts, "procurement.contracts.signing")).containsExactly("HT-A:false", "HT-C:true");
        assertThat(ids(facts, "procurement.contracts.filing")).containsExactly("HT-C:false");
        assertThat(facts.at("/recordSets/procurement.contracts.signing/0/detail").asText())
                .contains("期限2023-03-31已过，仍未完成合同签订");
        assertThat(facts.at("/recordSets/procurement.contracts.filing/0/detail").asText()).contains("2023-04-23");
    }

    @Test
    void theDailyCheckTurnsAPendingActLateTheDayAfterItsDeadlineAndPublishesOnce() {
        today("2023-05-01");
        String dept = "NOTDONE2";
        as(erpOf(dept)).body("[{\"contractId\":\"HT-B\",\"awardNoticeIssuedOn\":\"2023-04-20\"}]")
                .put(base(dept, 2023) + "/procurement/contracts").then().statusCode(200);
        int published = events("procurement-events", dept, 2023).size();
        assertThat(ids(data(last(events("procurement-events", dept, 2023))), "procurement.contracts.signing")).isEmpty();

        today("2023-05-22");
        pendingDeadlines.recheck();
        assertThat(events("procurement-events", dept, 2023)).as("the deadline day is still in time").hasSize(published);

        today("2023-05-23");
        pendingDeadlines.recheck();
        List<OutboxEvent> after = events("procurement-events", dept, 2023);
        assertThat(after).hasSize(published + 1);
        assertThat(ids(data(last(after)), "procurement.contracts.signing")).containsExactly("HT-B:false");
        as(erpOf(dept)).get(base(dept, 2023) + "/procurement/verdicts").then()
                .body("items[0].status", equalTo("OVERDUE")).body("items[0].deadline", equalTo("2023-05-22"));

        pendingDeadlines.recheck();
        assertThat(events("procurement-events", dept, 2023)).as("nothing changed, nothing published").hasSize(published + 1);
    }

    @Test
    void anInstanceWhoseDailyCheckFindsAnotherInstanceRunningItSkipsTheDay() throws Exception {
        today("2023-05-01");
        String dept = "NOTDONE5";
        as(erpOf(dept)).body("[{\"contractId\":\"HT-B\",\"awardNoticeIssuedOn\":\"2023-04-20\"}]")
                .put(base(dept, 2023) + "/procurement/contracts").then().statusCode(200);
        int published = events("procurement-events", dept, 2023).size();

        today("2023-05-23");
        try (Connection otherInstance = dataSource.getConnection(); Statement statement = otherInstance.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(hashtext('" + PendingDeadlines.DAILY_RUN_LOCK + "'))");
            assertThat(pendingDeadlines.recheckUnlessAnotherInstanceIs()).isZero();
            assertThat(events("procurement-events", dept, 2023)).hasSize(published);
            // the pool keeps the connection open, so the session's lock is given back by hand
            statement.execute("SELECT pg_advisory_unlock(hashtext('" + PendingDeadlines.DAILY_RUN_LOCK + "'))");
        }
        assertThat(pendingDeadlines.recheckUnlessAnotherInstanceIs()).isPositive();
        assertThat(ids(data(last(events("procurement-events", dept, 2023))), "procurement.contracts.signing"))
                .containsExactly("HT-B:false");
    }

    @Test
    void actsDatedAfterTodayAreRefusedNamingTheFieldAndNothingIsWrittenButAWhatIfTakesThem() {
        today("2023-05-01");
        String dept = "FUTURE1";
        String erp = erpOf(dept);
        String contracts = base(dept, 2023) + "/procurement/contracts";
        as(erp).body("""
                [{"contractId":"HT-F","awardNoticeIssuedOn":"2023-04-20","signedOn":"2023-05-02"},
                 {"contractId":"HT-G","awardNoticeIssuedOn":"2023-04-03","signedOn":"2023-04-20","filedOn":"2023-05-03"}]
                """).put(contracts).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("contracts[HT-F].signedOn", "contracts[HT-G].filedOn")))
                .body("errors.row", equalTo(List.of(1, 2)));
        String csv = String.join(",", ContractImportReader.CSV_COLUMNS) + "\nHT-K,,,2023-04-20,2023-05-02,,10,10\n";
        as(erp).contentType("text/csv").header("Idempotency-Key", "future-1").body(csv).post(contracts + "/import")
                .then().statusCode(422).body("errors.field", equalTo(List.of("contracts[HT-K].signedOn")));
        as(erp).body("[{\"projectCode\":\"CG-F\",\"disclosedOn\":\"2023-05-02\",\"procurementStartsOn\":\"2023-06-01\"}]")
                .put(base(dept, 2023) + "/procurement/intentions").then().statusCode(422)
                .body("errors.field", equalTo(List.of("intentions[CG-F].disclosedOn")));
        as(erp).get(contracts).then().statusCode(200).body("total", equalTo(0));
        assertThat(events("procurement-events", dept, 2023)).isEmpty();

        as(erp).body("{\"contracts\": [{\"contractId\": \"HT-F\", \"awardNoticeIssuedOn\": \"2023-04-20\","
                + " \"signedOn\": \"2023-05-02\", \"hypothetical\": true}]}")
                .post(base(dept, 2023) + "/procurement/verdict-previews").then().statusCode(200);
        as(erp).body("[{\"contractId\":\"HT-F\",\"awardNoticeIssuedOn\":\"2023-04-20\",\"signedOn\":\"2023-05-01\"}]")
                .put(contracts).then().statusCode(200);
    }

    @Test
    void anUnsignedContractWhoseDeadlineNeedsAnUnpublishedCalendarIsAcceptedAsPending() {
        today("2026-12-28");
        String dept = "NOTDONE3";
        // 12/20 + 30 days falls in January 2027, whose holiday notice is not published yet.
        as(erpOf(dept)).body("[{\"contractId\":\"HT-Z\",\"awardNoticeIssuedOn\":\"2026-12-20\"}]")
                .put(base(dept, 2026) + "/procurement/contracts").then().statusCode(200);
        as(erpOf(dept)).get(base(dept, 2026) + "/procurement/verdicts").then()
                .body("items[0].status", equalTo("PENDING")).body("items[0].deadline", nullValue());
        as(erpOf(dept)).get(base(dept, 2026) + "/procurement/facts").then()
                .body("recordSets.'procurement.contracts.signing'.size()", equalTo(0));
    }

    @Test
    void publishingTheMissingYearsCalendarGivesAPendingActItsDeadlineAndTheDailyCheckThenJudgesIt() {
        // Fiscal year 2098, so that the calendar this test publishes (2099) is one no other test relies on missing.
        today("2098-12-28");
        String dept = "NOTDONE4";
        String erp = erpOf(dept);
        as(erp).body("[{\"contractId\":\"HT-N\",\"awardNoticeIssuedOn\":\"2098-12-20\"}]")
                .put(base(dept, 2098) + "/procurement/contracts").then().statusCode(200);
        String verdicts = base(dept, 2098) + "/procurement/verdicts";
        as(erp).get(verdicts).then().body("items[0].status", equalTo("PENDING")).body("items[0].deadline", nullValue());

        // The year's notice arrives in December: 12/20 + 30 days is Monday 19 January 2099, inside its (invented)
        // 18-20 January days off, so the deadline moves to Wednesday the 21st.
        awaitJob(as(admin()).body("""
                {"year": 2099, "version": "2099-v1",
                 "notice": {"number": "测试〔2098〕1号", "title": "2099年部分节假日安排（测试）", "issuedOn": "2098-12-01"},
                 "holidays": [{"name": "春节", "offFrom": "2099-01-18", "offTo": "2099-01-20", "worked": []}]}
                """).put("/api/v1/calendars/2099").then().statusCode(202).extract().header("Location"));
        as(erp).get(verdicts).then()
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].deadline", equalTo("2099-01-21"))
                .body("items[0].calendarVersions.version", equalTo(List.of("2099-v1")));
        int published = events("procurement-events", dept, 2098).size();

        today("2099-01-22");
        pendingDeadlines.recheck();
        as(erp).get(verdicts).then().body("items[0].status", equalTo("OVERDUE"));
        List<OutboxEvent> after = events("procurement-events", dept, 2098);
        assertThat(after).hasSize(published + 1);
        assertThat(ids(data(last(after)), "procurement.contracts.signing")).containsExactly("HT-N:false");
    }

    private static OutboxEvent last(List<OutboxEvent> events) {
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1);
    }

    /** "id:compliant" of each record of a set, in order. */
    private static List<String> ids(JsonNode facts, String key) {
        List<String> ids = new ArrayList<>();
        facts.at("/recordSets/" + key.replace("/", "~1")).forEach(record ->
                ids.add(record.get("id").asText() + ":" + record.get("compliant").asBoolean()));
        return ids;
    }
}
