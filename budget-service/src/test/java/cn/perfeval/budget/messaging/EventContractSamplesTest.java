package cn.perfeval.budget.messaging;

import static cn.perfeval.budget.BudgetServiceTestSupport.JSON;
import static cn.perfeval.budget.BudgetServiceTestSupport.resource;
import static cn.perfeval.budget.BudgetServiceTestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The samples consumers build their contract tests on are valid against the schemas this service publishes. */
class EventContractSamplesTest {

    private static final String PACE_SAMPLE = "contracts/budget-execution-pace-changed.sample.json";
    private static final String PACE_SCHEMA = "budget-execution-pace-v1.json";

    @Test
    void theBudgetSampleMatchesItsSchema() throws Exception {
        JsonNode event = JSON.readTree(resource("contracts/budget-scoring-facts-changed.sample.json"));
        assertThat(event.get("type").asText()).isEqualTo(SnapshotType.BUDGET_FACTS.type());
        assertThat(event.get("dataschema").asText()).isEqualTo(SnapshotType.BUDGET_FACTS.schema().toString());
        assertThat(validate("budget-scoring-facts-v1.json", event.get("data"))).isEmpty();
    }

    @Test
    void theProcurementSampleMatchesItsSchema() throws Exception {
        JsonNode event = JSON.readTree(resource("contracts/procurement-facts-changed.sample.json"));
        assertThat(event.get("type").asText()).isEqualTo(SnapshotType.PROCUREMENT_FACTS.type());
        assertThat(validate("procurement-facts-v1.json", event.get("data"))).isEmpty();
    }

    @Test
    void theExecutionPaceSampleMatchesItsSchema() throws Exception {
        JsonNode event = JSON.readTree(resource(PACE_SAMPLE));
        assertThat(event.get("type").asText()).isEqualTo(SnapshotType.EXECUTION_PACE.type());
        assertThat(event.get("dataschema").asText()).isEqualTo(SnapshotType.EXECUTION_PACE.schema().toString());
        assertThat(validate(PACE_SCHEMA, event.get("data"))).isEmpty();
    }

    /** Each case breaks one rule of the pace contract. */
    @Test
    void thePaceSchemaRejectsWhatBreaksTheContract() throws Exception {
        assertThat(validate(PACE_SCHEMA, paceSample(data -> data.remove("lastSpendingDate"))))
                .as("every field is required, null when unknown").isNotEmpty();
        assertThat(validate(PACE_SCHEMA, paceSample(data -> ((ObjectNode) data.at("/budgetChanges/0"))
                .put("date", "2023-01-01")))).as("an appropriation has no date").isNotEmpty();
        assertThat(validate(PACE_SCHEMA, paceSample(data -> ((ObjectNode) data.at("/budgetChanges/3"))
                .putNull("date")))).as("an adjustment has its date").isNotEmpty();
        assertThat(validate(PACE_SCHEMA, paceSample(data -> ((ArrayNode) data.at("/projects/0/monthlySpending"))
                .remove(11)))).as("twelve months").isNotEmpty();
        assertThat(validate(PACE_SCHEMA, paceSample(data -> ((ObjectNode) data.at("/dailySpending/0"))
                .put("amount", "686.20")))).as("amounts are numbers").isNotEmpty();
        assertThat(validate(PACE_SCHEMA, paceSample(data -> ((ObjectNode) data.at("/dailySpending/0"))
                .put("amount", 0)))).as("days without spending are left out").isNotEmpty();
        assertThat(validate(PACE_SCHEMA, paceSample(data -> data.put("numbers", "not on the pace"))))
                .isNotEmpty();
    }

    private static JsonNode paceSample(Consumer<ObjectNode> change) throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree(resource(PACE_SAMPLE)).get("data");
        change.accept(data);
        return data;
    }

    @Test
    void theSchemasRejectAnUnknownFactKeyAndAMissingSource() throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree(resource("contracts/budget-scoring-facts-changed.sample.json")).get("data");
        ((ObjectNode) data.get("numbers")).set("budget.madeUp", data.at("/numbers/budget.carryOverRate"));
        assertThat(validate("budget-scoring-facts-v1.json", data)).isNotEmpty();

        ObjectNode procurement = (ObjectNode) JSON.readTree(resource("contracts/procurement-facts-changed.sample.json")).get("data");
        ((ObjectNode) procurement.at("/numbers/procurement.sme.reserved")).remove("source");
        assertThat(validate("procurement-facts-v1.json", procurement)).isNotEmpty();
        procurement.remove("summary");
        ((ObjectNode) procurement).put("summary", "not allowed on procurement-events");
        assertThat(validate("procurement-facts-v1.json", procurement)).isNotEmpty();
    }
}
