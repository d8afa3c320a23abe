package cn.perfeval.report.messaging;

import static cn.perfeval.report.ReportServiceTestSupport.SCORECARD_SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.perfeval.report.SeedScorecards;
import cn.perfeval.report.monitoring.TestRounds;
import cn.perfeval.testinfra.EventSchemas;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The consumer's side of the monitoring contract (docs/monitoring.md): the round the monitoring report's tests
 * deliver, and a scorecard carrying rectification tasks, are valid against the schemas scoring-service publishes. Both
 * schemas are written by scoring-service's part of issue #16, in parallel with this one: until its module has them,
 * these checks are skipped (reported as such), and from then on a drift on either side fails the build.
 */
class MonitoringRoundContractTest {

    private static final Path SCORING_SCHEMAS = Path.of(System.getProperty(EventSchemas.PROJECT_DIR, ".."),
            "scoring-service/src/main/resources/META-INF/resources/schemas");
    private static final EventSchemas SCORING_SERVICE = EventSchemas.of("scoring-service");

    @Test
    void theRoundTheTestsDeliverMatchesScoringServicesSchema() throws Exception {
        assumeTrue(Files.isRegularFile(SCORING_SCHEMAS.resolve("monitoring-round-v1.json")),
                "scoring-service does not publish monitoring-round-v1.json yet");
        String delivered = TestRounds.event(TestRounds.round("GZHPF", TestRounds.AS_OF, 4), 0).value();
        assertThat(SCORING_SERVICE.validateEvent(SeedScorecards.JSON.readTree(delivered))).isEmpty();
    }

    @Test
    void aScorecardCarryingRectificationTasksMatchesScoringServicesSchema() throws Exception {
        assumeTrue(Files.readString(SCORING_SCHEMAS.resolve("scorecard-published-v1.json"))
                .contains("carriedRectification"), "scoring-service's scorecard schema has no carriedRectification yet");
        ObjectNode scorecard = SeedScorecards.document();
        scorecard.putArray("carriedRectification").addObject().put("id", "3f1e2d4c-0000-4000-8000-000000000001")
                .put("fiscalYear", 2022).put("problem", "采购意向公开不及时").put("goal", "采购意向100%按时公开")
                .put("measure", "建立采购意向公开台账").put("owner", "办公室 李四").put("dueDate", "2023-06-30")
                .put("state", "OPEN").putNull("closedOn");
        assertThat(SCORING_SERVICE.validate(SCORECARD_SCHEMA, scorecard)).isEmpty();
    }
}
