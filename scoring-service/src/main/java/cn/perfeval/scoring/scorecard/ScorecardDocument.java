package cn.perfeval.scoring.scorecard;

import cn.perfeval.scoring.engine.scorecard.Scorecard;
import cn.perfeval.scoring.rectification.task.CarriedTask;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The published scorecard: the engine's result (total, grade, complete, dimensions, items with their inputs and
 * deductions, missing inputs) plus the facts a report quotes — the department, the indicators as written, the budget
 * summary and data findings (e.g. an ERP reconciliation warning) — and the previous year's rectification tasks with
 * their state, so the report is rendered from exactly what was scored. This is both the REST representation and the data of a score event.
 */
public record ScorecardDocument(
        String departmentCode,
        int fiscalYear,
        int version,
        OffsetDateTime computedAt,
        @JsonUnwrapped Scorecard scorecard,
        JsonNode department,
        JsonNode evaluation,
        List<JsonNode> indicators,
        JsonNode budget,
        List<JsonNode> findings,
        List<CarriedTask> carriedRectification) {
}
