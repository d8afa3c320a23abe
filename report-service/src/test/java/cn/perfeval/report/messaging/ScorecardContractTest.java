package cn.perfeval.report.messaging;

import static cn.perfeval.report.ReportServiceTestSupport.SCORECARD_SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportServiceTestSupport;
import cn.perfeval.report.SeedScorecards;
import cn.perfeval.testinfra.EventSchemas;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The consumer's side of the score-events contract: the scorecard fixture the report's tests render, and the events
 * they deliver it in, are valid against the schema scoring-service publishes (read from its module); and that schema
 * rejects a document the report could not render, so a drift on either side fails a build.
 */
class ScorecardContractTest {

    private static final EventSchemas SCORING_SERVICE = EventSchemas.of("scoring-service");

    @Test
    void theSeedScorecardAndItsRescoredVariantMatchScoringServicesSchema() throws Exception {
        assertThat(SCORING_SERVICE.validate(SCORECARD_SCHEMA, SeedScorecards.document())).isEmpty();
        assertThat(SCORING_SERVICE.validate(SCORECARD_SCHEMA,
                SeedScorecards.withLowerContributors(SeedScorecards.document()))).isEmpty();
        String delivered = ReportServiceTestSupport.scoreEvent(ReportServiceTestSupport.seedFor("GZHPF"), 0).value();
        assertThat(SCORING_SERVICE.validateEvent(SeedScorecards.JSON.readTree(delivered))).isEmpty();
    }

    @Test
    void aScorecardWithoutItsTotalOrWithATextualScoreIsRejected() {
        ObjectNode withoutTotal = SeedScorecards.document();
        withoutTotal.remove("total");
        assertThat(messages(withoutTotal)).anySatisfy(message -> assertThat(message).contains("total"));

        ObjectNode textualScore = SeedScorecards.document();
        SeedScorecards.item(textualScore, "budget-spending-rate").put("score", "9.54");
        assertThat(messages(textualScore)).anySatisfy(message -> assertThat(message).contains("score"));
    }

    @Test
    void theFactsPassedOnForTheReportAreCheckedToo() {
        // budget-service words the basis BUREAU or MONTHLY; this fixture once said BUREAU_FIGURE
        ObjectNode basis = SeedScorecards.document();
        ((ObjectNode) basis.get("budget")).put("averageExecutionRateBasis", "BUREAU_FIGURE");
        assertThat(messages(basis)).anySatisfy(message -> assertThat(message).contains("averageExecutionRateBasis"));

        ObjectNode namelessDepartment = SeedScorecards.document();
        ((ObjectNode) namelessDepartment.get("department")).remove("name");
        assertThat(messages(namelessDepartment)).anySatisfy(message -> assertThat(message).contains("name"));
    }

    private static List<String> messages(ObjectNode scorecard) {
        Set<ValidationMessage> violations = SCORING_SERVICE.validate(SCORECARD_SCHEMA, scorecard);
        return violations.stream().map(ValidationMessage::getMessage).toList();
    }
}
