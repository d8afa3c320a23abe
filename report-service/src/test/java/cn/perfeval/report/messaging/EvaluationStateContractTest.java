package cn.perfeval.report.messaging;

import static cn.perfeval.report.ReportServiceTestSupport.STATE_SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportServiceTestSupport;
import cn.perfeval.report.SeedScorecards;
import cn.perfeval.testinfra.EventSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The consumer's side of the evaluation-state-events contract: every state event the report's tests feed (one per
 * transition) is valid against the schema scoring-service publishes (read from its module), and that schema rejects
 * an event this service could not act on, so a drift on either side fails a build.
 */
class EvaluationStateContractTest {

    private static final EventSchemas SCORING_SERVICE = EventSchemas.of("scoring-service");

    @Test
    void theStateEventsTheTestsFeedMatchScoringServicesSchema() throws Exception {
        List<JsonNode> samples = List.of(
                envelope(ReportServiceTestSupport.stateEvent("GZHPF", 1, "submit", "SUBMITTED", 3, 0).value()),
                envelope(ReportServiceTestSupport.stateEvent("GZHPF", 2, "return", "RETURNED", null, 1).value()),
                envelope(ReportServiceTestSupport.approval("GZHPF", 3, 3, 2).value()),
                envelope(ReportServiceTestSupport.stateEvent("GZHPF", 4, "release", "RELEASED", 3, 3).value()),
                envelope(ReportServiceTestSupport.stateEvent("GZHPF", 5, "reopen", "DRAFT", null, 4).value()));
        assertThat(samples).allSatisfy(sample -> assertThat(SCORING_SERVICE.validateEvent(sample)).as(sample.toString())
                .isEmpty());
    }

    @Test
    void anEventWithoutItsSequenceOrWithATextualScorecardVersionIsRejected() throws Exception {
        ObjectNode withoutSequence = approvalData();
        withoutSequence.remove("sequence");
        assertThat(messages(withoutSequence)).anySatisfy(message -> assertThat(message).contains("sequence"));

        ObjectNode textualVersion = approvalData().put("scorecardVersion", "3");
        assertThat(messages(textualVersion)).anySatisfy(message -> assertThat(message).contains("scorecardVersion"));

        ObjectNode unknownState = approvalData().put("state", "PUBLISHED");
        assertThat(messages(unknownState)).anySatisfy(message -> assertThat(message).contains("state"));
    }

    private static ObjectNode approvalData() throws Exception {
        return (ObjectNode) envelope(ReportServiceTestSupport.approval("GZHPF", 3, 3, 0).value()).get("data");
    }

    private static JsonNode envelope(String value) throws Exception {
        return SeedScorecards.JSON.readTree(value);
    }

    private static List<String> messages(ObjectNode data) {
        return SCORING_SERVICE.validate(STATE_SCHEMA, data).stream().map(ValidationMessage::getMessage).toList();
    }
}
