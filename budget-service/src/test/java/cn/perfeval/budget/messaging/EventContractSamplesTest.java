package cn.perfeval.budget.messaging;

import static cn.perfeval.budget.BudgetServiceTestSupport.JSON;
import static cn.perfeval.budget.BudgetServiceTestSupport.resource;
import static cn.perfeval.budget.BudgetServiceTestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The samples consumers build their contract tests on are valid against the schemas this service publishes. */
class EventContractSamplesTest {

    @Test
    void theBudgetSampleMatchesItsSchema() throws Exception {
        JsonNode event = JSON.readTree(resource("contracts/budget-scoring-facts-changed.sample.json"));
        assertThat(event.get("type").asText()).isEqualTo(FactTopic.BUDGET.type());
        assertThat(event.get("dataschema").asText()).isEqualTo(FactTopic.BUDGET.schema().toString());
        assertThat(validate("budget-scoring-facts-v1.json", event.get("data"))).isEmpty();
    }

    @Test
    void theProcurementSampleMatchesItsSchema() throws Exception {
        JsonNode event = JSON.readTree(resource("contracts/procurement-facts-changed.sample.json"));
        assertThat(event.get("type").asText()).isEqualTo(FactTopic.PROCUREMENT.type());
        assertThat(validate("procurement-facts-v1.json", event.get("data"))).isEmpty();
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
