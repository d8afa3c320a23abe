package cn.perfeval.report.messaging;

import static cn.perfeval.report.ReportServiceTestSupport.SCORECARD_SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.SeedScorecards;
import cn.perfeval.report.scorecard.ScorecardSnapshot;
import cn.perfeval.testinfra.EventSchemas;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A scorecard scored after the bureau's review shows, for judgement items and qualitative indicators, the
 * self-assessed value beside the reviewed one (scoring-service's schema: {@code selfAssessed}, {@code reviewed}).
 * It still matches that schema and the report still reads it; the awarded points it reads are the reviewed ones.
 */
class ReviewedScorecardContractTest {

    private static final EventSchemas SCORING_SERVICE = EventSchemas.of("scoring-service");
    private static final String ITEM = "financial-compliance";

    @Test
    void aScorecardWithSelfAssessedAndReviewedPointsMatchesTheSchemaAndIsRead() {
        ObjectNode document = reviewed();

        assertThat(SCORING_SERVICE.validate(SCORECARD_SCHEMA, document)).isEmpty();
        ScorecardSnapshot snapshot = SeedScorecards.read(document);
        assertThat(snapshot.items()).filteredOn(item -> item.code().equals(ITEM)).singleElement()
                .satisfies(item -> assertThat(item.score()).isEqualByComparingTo("1.50"));
    }

    @Test
    void aReviewWithAnUnknownDecisionOrWithoutItsReviewerIsRejected() {
        ObjectNode unknownDecision = reviewed();
        ((ObjectNode) SeedScorecards.item(unknownDecision, ITEM).get("reviewed")).put("decision", "MAYBE");
        assertThat(SCORING_SERVICE.validate(SCORECARD_SCHEMA, unknownDecision)).isNotEmpty();

        ObjectNode anonymous = reviewed();
        ((ObjectNode) SeedScorecards.item(anonymous, ITEM).get("reviewed")).remove("by");
        assertThat(SCORING_SERVICE.validate(SCORECARD_SCHEMA, anonymous)).isNotEmpty();
    }

    /** The seed scorecard with 财务管理合规性 self-assessed at 2 and adjusted by the reviewer to 1.5. */
    private static ObjectNode reviewed() {
        ObjectNode document = SeedScorecards.document();
        ObjectNode item = SeedScorecards.item(document, ITEM);
        item.put("score", new BigDecimal("1.50"));
        item.putObject("selfAssessed").put("points", new BigDecimal("2")).putNull("grade").putNull("share")
                .put("version", 1);
        item.putObject("reviewed").put("decision", "ADJUSTED").put("reviewedVersion", 1)
                .put("points", new BigDecimal("1.5")).putNull("grade").putNull("share")
                .put("reason", "下属单位未纳入内部控制评价").put("by", "reviewer").put("at", "2024-03-01T09:00:00Z");
        return document;
    }
}
