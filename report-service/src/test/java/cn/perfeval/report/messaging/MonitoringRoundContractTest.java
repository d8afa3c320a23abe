package cn.perfeval.report.messaging;

import static cn.perfeval.report.ReportServiceTestSupport.SCORECARD_SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.SeedScorecards;
import cn.perfeval.report.monitoring.TestRounds;
import cn.perfeval.testinfra.EventSchemas;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The consumer's side of the monitoring contract (docs/monitoring.md): the round the monitoring report's tests
 * deliver, and a scorecard carrying rectification tasks, are valid against the schemas scoring-service publishes, read
 * from its module: a drift on either side fails the build.
 */
class MonitoringRoundContractTest {

    private static final EventSchemas SCORING_SERVICE = EventSchemas.of("scoring-service");

    @Test
    void theRoundTheTestsDeliverMatchesScoringServicesSchema() throws Exception {
        String delivered = TestRounds.event(TestRounds.round("GZHPF", TestRounds.AS_OF, 4), 0).value();
        assertThat(SCORING_SERVICE.validateEvent(SeedScorecards.JSON.readTree(delivered))).isEmpty();
    }

    @Test
    void aScorecardCarryingRectificationTasksMatchesScoringServicesSchema() throws Exception {
        ObjectNode scorecard = SeedScorecards.document();
        scorecard.putArray("carriedRectification").addObject().put("id", 17)
                .put("fiscalYear", 2022).put("problem", "采购意向公开不及时").put("goal", "采购意向100%按时公开")
                .put("measure", "建立采购意向公开台账").put("owner", "办公室 李四").put("dueDate", "2023-06-30")
                .put("state", "OPEN").putNull("closedOn");
        assertThat(SCORING_SERVICE.validate(SCORECARD_SCHEMA, scorecard)).isEmpty();
    }
}
