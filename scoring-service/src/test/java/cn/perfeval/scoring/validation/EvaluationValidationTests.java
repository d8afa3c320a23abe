package cn.perfeval.scoring.validation;

import static cn.perfeval.scoring.CycleSteps.YEAR;
import static cn.perfeval.scoring.CycleSteps.as;
import static cn.perfeval.scoring.CycleSteps.base;
import static cn.perfeval.scoring.CycleSteps.editor;
import static cn.perfeval.scoring.CycleSteps.reviewer;
import static cn.perfeval.scoring.CycleSteps.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.perfeval.scoring.CycleSteps;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.NumberFact;
import cn.perfeval.scoring.engine.facts.RecordFact;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation through the running service: the rules on real projected facts, explanations, and submission. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class EvaluationValidationTests {

    @Test
    void withoutANarrativeEverySectionButTheRegisteredFunctionsIsEmptyAndTheNewestRevisionCounts() {
        String dept = "VAL-NARRATIVE";
        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            events.wholeSeed();
        }
        // 部门职能 prints the department's registered functions (the seed has them) until someone writes it.
        JsonPath empty = CycleSteps.awaitValidation(dept, v -> v.getList("findings").size() == 6);
        assertThat(empty.getList("findings.ruleId")).containsOnly("narrative-section-empty");
        assertThat(empty.getList("findings.record.id")).containsExactly((Object[]) Arrays.copyOfRange(
                CycleSteps.NARRATIVE_KEYS, 1, CycleSteps.NARRATIVE_KEYS.length));
        assertThat(empty.getString("findings[0].message")).isEqualTo("自评报告章节“年度总体工作和重点工作任务完成情况”尚未填写");
        assertThat(empty.getInt("counts.blocking")).isEqualTo(6);
        assertThat(empty.getBoolean("submittable")).isFalse();

        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            CycleSteps.narrative(events, 2, 300, "conclusion");
        }
        JsonPath one = CycleSteps.awaitValidation(dept, v -> v.getList("findings").size() == 1);
        assertThat(one.getString("findings[0].record.id")).isEqualTo("conclusion");
        assertThat(one.getString("findings[0].severity")).isEqualTo("blocking");

        boolean keptStale = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(NarrativeStore.class).get()
                .record(dept, YEAR, 1, List.of(new NarrativeSection("functions", "部门职能", 0))));
        assertThat(keptStale).isFalse();
        assertThat(CycleSteps.awaitValidation(dept, v -> true).getList("findings.record.id")).containsExactly("conclusion");
    }

    @Test
    void eachFactRuleFindsItsRecordAndSubmissionWaitsForFixesAndExplanations() {
        String dept = "VAL-FACTS";
        CycleSteps.cleanSeed(dept);
        List<ObjectNode> indicators = breakOneFactOfEachRule(dept);
        ObjectNode withoutActual = indicators.get(0);
        JsonPath found = CycleSteps.awaitValidation(dept, v -> v.getList("findings").size() == 5);
        assertThat(found.getList("findings.ruleId")).containsExactlyInAnyOrder("indicator-actual-missing",
                "completion-above-150", "execution-rate-below-90", "erp-totals-disagree", "contract-signed-not-filed");
        assertThat(finding(found, "indicator-actual-missing").get("record"))
                .isEqualTo(Map.of("type", "indicator", "id", withoutActual.get("id").asText(), "name", "当年广州住房公积金新开户职工数"));
        assertThat((String) finding(found, "completion-above-150").get("message")).contains("162.50%");
        assertThat((String) finding(found, "execution-rate-below-90").get("message")).contains("85.5%");
        assertThat(finding(found, "contract-signed-not-filed").get("record")).isEqualTo(
                Map.of("type", "contract", "id", "CT-2023-003", "name", "CT-2023-003"));
        assertThat(found.getMap("counts")).isEqualTo(Map.of("blocking", 1, "warnings", 4, "unexplainedWarnings", 4));
        CycleSteps.awaitSettled(dept);
        transition(editor(dept), dept, "submission", Map.of()).then().statusCode(422).contentType("application/problem+json")
                .body("findings", hasSize(5));

        explainTheWarnings(dept, found, indicators);
        transition(editor(dept), dept, "submission", Map.of()).then().statusCode(422)
                .body("findings.ruleId", containsInAnyOrder("indicator-actual-missing"));
        assertThat(CycleSteps.cycle(dept).getString("state")).isEqualTo("DRAFT");

        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            events.send("indicator-events", SeedEvents.INDICATOR_CHANGED, SeedEvents.INDICATOR_SCHEMA,
                    SeedEvents.indicatorData(dept, YEAR, 3).get(0));
        }
        CycleSteps.awaitValidation(dept, v -> v.getBoolean("submittable"));
        CycleSteps.awaitSettled(dept);
        transition(editor(dept), dept, "submission", Map.of()).then().statusCode(200).body("state", equalTo("SUBMITTED"));
    }

    @Test
    void hostileExplanationsAreProblemsAndStoreNothing() {
        String dept = "VAL-HOSTILE";
        CycleSteps.cleanSeed(dept);
        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            events.budgetFacts(withExecutionRate("80"), 2);
        }
        CycleSteps.awaitValidation(dept, v -> v.getList("findings").size() == 1);
        String record = "\"record\": {\"type\": \"fact\", \"id\": \"budget.averageExecutionRate\"}";
        String tooLong = "长".repeat(2_001);
        for (String body : List.of("{", "{\"ruleId\": \"execution-rate-below-90\", " + record + ", \"text\": \"x\", \"by\": \"me\"}",
                "{\"ruleId\": \"execution-rate-below-90\", " + record + ", \"text\": \"" + tooLong + "\"}",
                "{\"ruleId\": \"execution-rate-below-90\", " + record + "}",
                "{\"ruleId\": \"execution-rate-below-90\", \"text\": \"x\"}",
                "{\"ruleId\": \"execution-rate-below-90\", \"record\": {\"type\": \"fact\", \"id\": \"=HYPERLINK(1)\"}, \"text\": \"x\"}",
                "{\"ruleId\": \"" + "r".repeat(65) + "\", " + record + ", \"text\": \"x\"}",
                "{\"ruleId\": \"execution-rate-below-90\", " + record + ", \"text\": \"a\\u0000b\"}",
                "{\"ruleId\": [1], " + record + ", \"text\": \"x\"}")) {
            as(editor(dept)).body(body).put(base(dept) + "/validation/explanations").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        JsonPath after = CycleSteps.awaitValidation(dept, v -> true);
        assertThat(after.getString("findings[0].explanation")).isNull();
        assertThat(after.getInt("counts.unexplainedWarnings")).isEqualTo(1);
    }

    @Test
    void theRulesOfASchemeVersionAreListedAndUnknownOnesAre404() {
        as(reviewer()).get("/api/v1/schemes/guangzhou-2023/versions/1/validation-rules").then().statusCode(200)
                .body("id", containsInAnyOrder("indicator-actual-missing", "completion-above-150", "execution-rate-below-90",
                        "erp-totals-disagree", "contract-signed-not-filed", "narrative-section-empty"))
                .body("find { it.id == 'completion-above-150' }.params.abovePercent", equalTo(150))
                .body("find { it.id == 'narrative-section-empty' }.severity", equalTo("blocking"));
        as(reviewer()).get("/api/v1/schemes/guangzhou-2023/versions/99/validation-rules").then().statusCode(404)
                .contentType("application/problem+json");
        as(reviewer()).get(base("VAL-NOBODY") + "/validation").then().statusCode(404).contentType("application/problem+json");
    }

    /** New versions of the seed's facts, each breaking one rule: the indicators as sent (the first lacks its actual). */
    private static List<ObjectNode> breakOneFactOfEachRule(String dept) {
        List<ObjectNode> indicators = SeedEvents.indicatorData(dept, YEAR, 2);
        ObjectNode withoutActual = indicators.get(0);
        withoutActual.putNull("actual");
        withoutActual.putObject("completion").put("status", "MISSING").putNull("ratePercent").putNull("creditShare")
                .putArray("notes");
        ObjectNode farAbove = indicators.get(1);
        ((ObjectNode) farAbove.get("completion")).put("ratePercent", new BigDecimal("162.50"));
        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            events.send("indicator-events", SeedEvents.INDICATOR_CHANGED, SeedEvents.INDICATOR_SCHEMA, withoutActual);
            events.send("indicator-events", SeedEvents.INDICATOR_CHANGED, SeedEvents.INDICATOR_SCHEMA, farAbove);
            ObjectNode budget = SeedEvents.budgetData(dept, YEAR, withExecutionRate("85.5"), 2);
            budget.withArray("findings").addObject().put("level", "WARNING").put("code", "RECONCILIATION")
                    .put("message", "The annual budget from the ERP's line items (21750.00万元) differs from the declared figure");
            events.send("budget-events", SeedEvents.BUDGET_FACTS_CHANGED, SeedEvents.BUDGET_FACTS_SCHEMA, budget);
            events.procurementFacts(GuangzhouSeed.facts(
                    List.of(new RecordFact("CT-2023-001", 3, true, null), new RecordFact("CT-2023-003", 1, true, null)),
                    List.of(new RecordFact("CT-2023-001", 4, true, null))), 2);
        }
        return indicators;
    }

    /** Explaining a blocking finding, one that does not exist, or as the reviewer is refused; each warning is explained. */
    private static void explainTheWarnings(String dept, JsonPath found, List<ObjectNode> indicators) {
        explain(editor(dept), dept, finding(found, "indicator-actual-missing"), "补录中").then().statusCode(422)
                .contentType("application/problem+json");
        Map<String, Object> notFound = Map.of("ruleId", "completion-above-150",
                "record", Map.of("type", "indicator", "id", indicators.get(2).get("id").asText()));
        explain(editor(dept), dept, notFound, "无").then().statusCode(422);
        explain(editor(dept), dept, Map.of("ruleId", "no-such-rule", "record", Map.of("type", "contract", "id", "CT-2023-003")),
                "无").then().statusCode(422);
        explain(reviewer(), dept, finding(found, "completion-above-150"), "复核人不能代为说明").then().statusCode(403);

        for (String rule : List.of("completion-above-150", "execution-rate-below-90", "erp-totals-disagree",
                "contract-signed-not-filed")) {
            explain(editor(dept), dept, finding(found, rule), "说明：" + rule).then().statusCode(200)
                    .body("findings.find { it.ruleId == '" + rule + "' }.explanation.text", equalTo("说明：" + rule))
                    .body("findings.find { it.ruleId == '" + rule + "' }.explanation.by", equalTo("editor-val-facts"));
        }
    }

    private static io.restassured.response.Response explain(String token, String dept, Map<String, Object> finding,
            String text) {
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) finding.get("record");
        return as(token).body(Map.of("ruleId", finding.get("ruleId"), "text", text,
                "record", Map.of("type", record.get("type"), "id", record.get("id"))))
                .put(base(dept) + "/validation/explanations");
    }

    private static Map<String, Object> finding(JsonPath validation, String ruleId) {
        return validation.getMap("findings.find { it.ruleId == '" + ruleId + "' }");
    }

    private static Facts withExecutionRate(String rate) {
        Facts seed = GuangzhouSeed.facts();
        Map<String, NumberFact> numbers = new HashMap<>(seed.numbers());
        NumberFact old = numbers.get(FactCatalog.AVERAGE_EXECUTION_RATE);
        numbers.put(FactCatalog.AVERAGE_EXECUTION_RATE, new NumberFact(old.key(), new BigDecimal(rate), old.source()));
        return new Facts(seed.departmentCode(), seed.fiscalYear(), seed.indicators(), numbers, seed.recordSets(),
                seed.judgements());
    }
}
