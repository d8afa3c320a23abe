package cn.perfeval.scoring.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.scoring.projection.FactEventType;
import cn.perfeval.scoring.projection.FactRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped rule file's rules, each firing just past its threshold and not at it; broken rule files refused. */
class ValidationRulesTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<String, ValidationRule> SHIPPED = shipped();
    private static final List<NarrativeSection> WRITTEN = List.of(new NarrativeSection("functions", "部门职能", 80));

    @Test
    void theShippedFileHasTheRulesOfTheDomainWithTheirSeverities() {
        assertThat(SHIPPED.values().stream().collect(Collectors.toMap(ValidationRule::id, ValidationRule::severity)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "indicator-actual-missing", Severity.BLOCKING,
                        "completion-above-150", Severity.WARNING,
                        "execution-rate-below-90", Severity.WARNING,
                        "erp-totals-disagree", Severity.WARNING,
                        "contract-signed-not-filed", Severity.WARNING,
                        "narrative-section-empty", Severity.BLOCKING));
    }

    @Test
    void anIndicatorWithoutAnActualIsFoundByName() {
        ObjectNode missing = indicator("a", "新开户职工数");
        missing.putNull("actual");
        ObjectNode qualitative = indicator("b", "服务质量");
        qualitative.putObject("actual").put("text", "良好").putNull("value");
        List<Hit> hits = hits("indicator-actual-missing", record(FactEventType.INDICATOR, "a", missing),
                record(FactEventType.INDICATOR, "b", qualitative), record(FactEventType.INDICATOR, "c", indicator("c", "受理笔数")));
        assertThat(hits).extracting(hit -> hit.record().id()).containsExactly("a");
        assertThat(SHIPPED.get("indicator-actual-missing").messageFor(hits.get(0))).isEqualTo("绩效指标“新开户职工数”尚未填报完成值");
    }

    @Test
    void completionAbove150FiresAbove150Only() {
        ObjectNode at = indicator("at", "刚好");
        ((ObjectNode) at.get("completion")).put("ratePercent", new BigDecimal("150.00"));
        ObjectNode above = indicator("above", "偏低");
        ((ObjectNode) above.get("completion")).put("ratePercent", new BigDecimal("150.01"));
        List<Hit> hits = hits("completion-above-150", record(FactEventType.INDICATOR, "at", at),
                record(FactEventType.INDICATOR, "above", above));
        assertThat(hits).extracting(hit -> hit.record().id()).containsExactly("above");
        assertThat(SHIPPED.get("completion-above-150").messageFor(hits.get(0))).contains("“偏低”完成率为150.01%");
    }

    @Test
    void executionRateBelow90FiresBelow90Only() {
        assertThat(hits("execution-rate-below-90", budget("90", List.of()))).isEmpty();
        List<Hit> hits = hits("execution-rate-below-90", budget("89.99", List.of()));
        assertThat(hits).extracting(Hit::value).containsExactly("89.99");
        assertThat(SHIPPED.get("execution-rate-below-90").messageFor(hits.get(0))).isEqualTo("“预算执行率”为89.99%，低于90%，请说明原因");
    }

    @Test
    void eachReconciliationFindingIsARecordOfItsOwn() {
        assertThat(hits("erp-totals-disagree", budget("95", List.of("INFO-ONLY")))).isEmpty();
        List<Hit> hits = hits("erp-totals-disagree", budget("95", List.of("RECONCILIATION", "RECONCILIATION")));
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).record().id()).isNotEqualTo(hits.get(1).record().id()).matches("[0-9a-f]{16}");
    }

    @Test
    void aContractSignedOnTimeAndNotInTheFilingSetIsFound() {
        ObjectNode procurement = YAML.createObjectNode();
        ObjectNode sets = procurement.putObject("recordSets");
        sets.putArray("procurement.contracts.signing").add(contract("HT-1", true)).add(contract("HT-2", true))
                .add(contract("HT-3", false));
        sets.putArray("procurement.contracts.filing").add(contract("HT-1", false));
        assertThat(hits("contract-signed-not-filed", record(FactEventType.PROCUREMENT_FACTS, "x", procurement)))
                .extracting(hit -> hit.record().id()).containsExactly("HT-2");
    }

    @Test
    void narrativeSectionsAreThoseAnnouncedOrElseTheRuleList() {
        ValidationRule rule = SHIPPED.get("narrative-section-empty");
        assertThat(rule.find(new EvaluationInputs(List.of(), Optional.empty()))).extracting(hit -> hit.record().id())
                .containsExactly("functions", "key-task-completion", "performance-management", "conclusion",
                        "project-expenditure", "achievements", "measures-closing");
        assertThat(rule.find(new EvaluationInputs(List.of(), Optional.of(WRITTEN)))).isEmpty();
        assertThat(rule.find(new EvaluationInputs(List.of(), Optional.of(List.of(new NarrativeSection("item.x", "评分项说明：x", 0))))))
                .extracting(hit -> hit.record().name()).containsExactly("评分项说明：x");
    }

    @Test
    void departmentFunctionsAreFilledByTheDepartmentRecordUntilSomeoneWritesThem() {
        ValidationRule rule = SHIPPED.get("narrative-section-empty");
        List<NarrativeSection> functionsEmpty = List.of(new NarrativeSection("functions", "部门职能", 0));
        ObjectNode registered = YAML.createObjectNode().put("name", "广州住房公积金管理中心").put("functions", "负责住房公积金的管理和运作。");
        ObjectNode blank = YAML.createObjectNode().put("name", "广州住房公积金管理中心").put("functions", " ");
        assertThat(rule.find(new EvaluationInputs(List.of(record(FactEventType.DEPARTMENT, "GZHPF", registered)),
                Optional.of(functionsEmpty)))).isEmpty();
        assertThat(rule.find(new EvaluationInputs(List.of(record(FactEventType.DEPARTMENT, "GZHPF", blank)),
                Optional.of(functionsEmpty)))).extracting(hit -> hit.record().id()).containsExactly("functions");
    }

    @Test
    void aBrokenRuleFileIsRefusedNamingTheRule() {
        assertThatThrownBy(() -> parse("{id: r1, severity: fatal, message: m, kind: indicator-without-actual}"))
                .hasMessageContaining("r1").hasMessageContaining("severity");
        assertThatThrownBy(() -> parse("{id: r2, severity: warning, message: m, kind: guess}"))
                .hasMessageContaining("r2").hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> parse("{id: r3, severity: warning, message: m, kind: completion-above, params: {abovePercent: high}}"))
                .hasMessageContaining("r3").hasMessageContaining("abovePercent");
        assertThatThrownBy(() -> parse("{id: r4, severity: warning, message: '', kind: indicator-without-actual}"))
                .hasMessageContaining("r4").hasMessageContaining("message");
        assertThatThrownBy(() -> parse("{id: r5, severity: blocking, message: m, kind: narrative-section-empty, params: {sections: []}}"))
                .hasMessageContaining("r5").hasMessageContaining("sections");
    }

    private static List<ValidationRule> parse(String rule) throws Exception {
        return ValidationRuleCatalog.parse(YAML.readTree("rules: [" + rule + "]"));
    }

    private static List<Hit> hits(String ruleId, FactRecord... facts) {
        return SHIPPED.get(ruleId).find(new EvaluationInputs(List.of(facts), Optional.of(WRITTEN)));
    }

    private static ObjectNode indicator(String id, String name) {
        ObjectNode data = YAML.createObjectNode().put("id", id).put("name", name);
        data.putObject("actual").put("text", "1").put("value", BigDecimal.ONE);
        data.putObject("completion").put("status", "MET").put("ratePercent", new BigDecimal("100.00"));
        return data;
    }

    private static FactRecord budget(String executionRate, List<String> findingCodes) {
        ObjectNode data = YAML.createObjectNode();
        data.putObject("numbers").putObject("budget.averageExecutionRate").put("value", new BigDecimal(executionRate));
        findingCodes.forEach(code -> data.withArray("findings").addObject().put("level", "WARNING").put("code", code)
                .put("message", code + " " + data.withArray("findings").size()));
        return record(FactEventType.BUDGET_FACTS, "D:2023", data);
    }

    private static JsonNode contract(String id, boolean compliant) {
        return YAML.createObjectNode().put("id", id).put("version", 1).put("compliant", compliant).put("detail", "…");
    }

    private static FactRecord record(String type, String id, JsonNode payload) {
        return new FactRecord(type, id, "D", 2023, 1, false, payload);
    }

    private static Map<String, ValidationRule> shipped() {
        try (InputStream in = ValidationRulesTest.class.getResourceAsStream("/validation/guangzhou-2023.yaml")) {
            return ValidationRuleCatalog.parse(YAML.readTree(in)).stream()
                    .collect(Collectors.toMap(ValidationRule::id, rule -> rule));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
