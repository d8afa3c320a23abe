package cn.perfeval.scoring.scorecard;

import cn.perfeval.scoring.engine.scorecard.Scorecard;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The published scorecard: the engine's result (total, grade, complete, dimensions, items with their inputs and
 * deductions, missing inputs) plus the indicator facts it scored, so a report can be rendered from exactly what was
 * scored. This is both the REST representation and the data of a score event.
 */
public record ScorecardDocument(
        String departmentCode,
        int fiscalYear,
        int version,
        OffsetDateTime computedAt,
        @JsonUnwrapped Scorecard scorecard,
        List<JsonNode> indicators) {
}
