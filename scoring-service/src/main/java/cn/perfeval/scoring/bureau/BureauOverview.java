package cn.perfeval.scoring.bureau;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record BureauOverview(int fiscalYear, List<DepartmentScore> departments, List<ItemDistribution> items) {

    public record DepartmentScore(String departmentCode, int version, BigDecimal total, String grade, boolean complete,
            List<DimensionScore> dimensions) {

        static DepartmentScore of(JsonNode scorecard) {
            List<DimensionScore> dimensions = new java.util.ArrayList<>();
            scorecard.path("dimensions").forEach(d -> dimensions.add(
                    new DimensionScore(d.path("code").asText(), d.path("score").decimalValue())));
            return new DepartmentScore(scorecard.path("departmentCode").asText(), scorecard.path("version").asInt(),
                    scorecard.path("total").decimalValue(), scorecard.path("grade").asText(),
                    scorecard.path("complete").asBoolean(), dimensions);
        }
    }

    @Schema(name = "DepartmentDimensionScore")
    public record DimensionScore(String code, BigDecimal score) {
    }
}
