package cn.perfeval.scoring.projection;

import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.IndicatorKind;
import cn.perfeval.scoring.engine.facts.QualitativeGrade;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns projected source records into the engine's {@link Facts}. The only place that knows event payload shapes. */
@ApplicationScoped
public class FactsAssembler {

    public Facts assemble(String departmentCode, int fiscalYear, List<FactRecord> records) {
        List<IndicatorFact> indicators = new ArrayList<>();
        for (FactRecord record : records) {
            if (record.entityType().equals("indicator")) {
                indicators.add(indicator(record));
            }
        }
        return new Facts(departmentCode, fiscalYear, indicators, Map.of(), Map.of(), Map.of());
    }

    private static IndicatorFact indicator(FactRecord record) {
        JsonNode data = record.payload();
        return new IndicatorFact(record.entityId(), record.version(),
                IndicatorKind.valueOf(data.path("level1").asText()),
                data.path("level2").asText(),
                data.path("name").asText(),
                Comparator.valueOf(data.path("comparator").asText()),
                decimal(data.path("annualTarget").path("value")),
                decimal(data.path("actual").path("value")),
                decimal(data.path("weight")),
                decimal(data.path("qualitativeShare")),
                data.hasNonNull("qualitativeGrade") ? QualitativeGrade.valueOf(data.get("qualitativeGrade").asText()) : null);
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
    }
}
