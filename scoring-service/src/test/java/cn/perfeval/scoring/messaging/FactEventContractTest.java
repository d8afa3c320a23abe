package cn.perfeval.scoring.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.QualitativeGrade;
import cn.perfeval.testinfra.EventSchemas;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The consumer's side of the contracts the projection relies on: the events this service's tests feed it
 * ({@link SeedEvents}) are valid against the schemas their producers publish, read from the producers' modules; and
 * those schemas reject a payload the projection could not use, so a drift on either side fails a build.
 */
class FactEventContractTest {

    private static final EventSchemas INDICATOR_SERVICE = EventSchemas.of("indicator-service");
    private static final EventSchemas BUDGET_SERVICE = EventSchemas.of("budget-service");
    private static final String DEPT = "GZHPF";
    private static final int YEAR = 2023;

    @Test
    void theSeedIndicatorDepartmentAndGoalsEventsMatchIndicatorServicesSchemas() {
        List<ObjectNode> indicators = SeedEvents.indicatorData(DEPT, YEAR, 1);
        assertThat(indicators).hasSize(GuangzhouSeed.indicators().size());
        assertThat(indicators).allSatisfy(indicator ->
                assertThat(INDICATOR_SERVICE.validate(SeedEvents.INDICATOR_SCHEMA, indicator)).isEmpty());
        // the qualitative indicator the review's tests grade, graded and not yet graded
        String qualitative = "6f1c2d3e-0000-4000-8000-000000000001";
        assertThat(INDICATOR_SERVICE.validate(SeedEvents.INDICATOR_SCHEMA, SeedEvents.qualitativeData(DEPT, YEAR, qualitative,
                QualitativeGrade.ACHIEVED, new BigDecimal("0.9"), 1))).isEmpty();
        assertThat(INDICATOR_SERVICE.validate(SeedEvents.INDICATOR_SCHEMA,
                SeedEvents.qualitativeData(DEPT, YEAR, qualitative, null, null, 1))).isEmpty();
        assertThat(INDICATOR_SERVICE.validate(SeedEvents.DEPARTMENT_SCHEMA, SeedEvents.departmentData(DEPT, YEAR, 1))).isEmpty();
        assertThat(INDICATOR_SERVICE.validate(SeedEvents.EVALUATION_SCHEMA, SeedEvents.evaluationData(DEPT, YEAR, 1))).isEmpty();
    }

    @Test
    void theSeedFactSnapshotsMatchBudgetServicesSchemas() {
        for (var facts : List.of(GuangzhouSeed.facts(), GuangzhouSeed.factsWithContractsOnTime())) {
            assertThat(BUDGET_SERVICE.validate(SeedEvents.BUDGET_FACTS_SCHEMA, SeedEvents.budgetData(DEPT, YEAR, facts, 1)))
                    .isEmpty();
            assertThat(BUDGET_SERVICE.validate(SeedEvents.PROCUREMENT_FACTS_SCHEMA,
                    SeedEvents.procurementData(DEPT, YEAR, facts, 1))).isEmpty();
        }
    }

    @Test
    void anIndicatorWithoutItsComparatorOrWithATextualActualIsRejected() {
        ObjectNode withoutComparator = SeedEvents.indicatorData(DEPT, YEAR, 1).get(0);
        withoutComparator.remove("comparator");
        assertThat(messages(INDICATOR_SERVICE.validate(SeedEvents.INDICATOR_SCHEMA, withoutComparator)))
                .anySatisfy(message -> assertThat(message).contains("comparator"));

        ObjectNode textualActual = SeedEvents.indicatorData(DEPT, YEAR, 1).get(1);
        ((ObjectNode) textualActual.get("actual")).put("value", "534.89");
        assertThat(messages(INDICATOR_SERVICE.validate(SeedEvents.INDICATOR_SCHEMA, textualActual)))
                .anySatisfy(message -> assertThat(message).contains("actual"));
    }

    @Test
    void aDepartmentWithoutItsNameAndGoalsWithATextualVersionAreRejected() {
        ObjectNode department = SeedEvents.departmentData(DEPT, YEAR, 1);
        department.remove("name");
        assertThat(messages(INDICATOR_SERVICE.validate(SeedEvents.DEPARTMENT_SCHEMA, department)))
                .anySatisfy(message -> assertThat(message).contains("name"));

        ObjectNode goals = SeedEvents.evaluationData(DEPT, YEAR, 1).put("version", "1");
        assertThat(messages(INDICATOR_SERVICE.validate(SeedEvents.EVALUATION_SCHEMA, goals)))
                .anySatisfy(message -> assertThat(message).contains("version"));
    }

    @Test
    void aSnapshotWithATextualAmountOrAnUnexplainedVerdictIsRejected() {
        ObjectNode budget = SeedEvents.budgetData(DEPT, YEAR, GuangzhouSeed.facts(), 1);
        ((ObjectNode) budget.get("summary")).put("annualBudget", "21755.05");
        assertThat(messages(BUDGET_SERVICE.validate(SeedEvents.BUDGET_FACTS_SCHEMA, budget)))
                .anySatisfy(message -> assertThat(message).contains("annualBudget"));

        ObjectNode procurement = SeedEvents.procurementData(DEPT, YEAR, GuangzhouSeed.facts(), 1);
        ((ObjectNode) procurement.get("recordSets").get(FactCatalog.CONTRACT_SIGNING).get(0)).remove("detail");
        assertThat(messages(BUDGET_SERVICE.validate(SeedEvents.PROCUREMENT_FACTS_SCHEMA, procurement)))
                .anySatisfy(message -> assertThat(message).contains("detail"));
    }

    private static List<String> messages(Set<ValidationMessage> violations) {
        return violations.stream().map(ValidationMessage::getMessage).toList();
    }
}
