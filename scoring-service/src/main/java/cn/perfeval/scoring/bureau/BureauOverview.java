package cn.perfeval.scoring.bureau;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of the bureau's list of a year, and over every matching evaluation (not only the page): how many there
 * are, how their totals fall in score bands and, when asked for (items=true), how each scheme item scored.
 */
public record BureauOverview(
        @Schema(example = "2023", required = true) int fiscalYear,
        @Schema(required = true, maxItems = BureauQuery.MAX_SIZE) List<DepartmentScore> departments,
        @Schema(description = "Each scheme item's distribution; empty unless items=true", required = true, maxItems = 500)
        List<ItemDistribution> items,
        @Schema(required = true, maxItems = 5) List<ScoreBand> distribution,
        @Schema(example = "0", required = true) int page,
        @Schema(example = "50", required = true) int size,
        @Schema(description = "How many evaluations match the filter", example = "10000", required = true)
        long totalCount) {

    public record DepartmentScore(
            @Schema(example = "GZHPF") String departmentCode,
            @Schema(example = "3") int version,
            @Schema(example = "95.54") BigDecimal total,
            @Schema(example = "EXCELLENT") String grade,
            boolean complete,
            @Schema(maxItems = 50) List<DimensionScore> dimensions) {
    }

    @Schema(name = "DepartmentDimensionScore")
    public record DimensionScore(@Schema(example = "performance") String code, @Schema(example = "48.54") BigDecimal score) {
    }

    /** Departments whose total is at least {@code from} and below {@code to} (the last band includes 100). */
    public record ScoreBand(@Schema(example = "80") BigDecimal from, @Schema(example = "90") BigDecimal to,
            @Schema(example = "1234") long departments) {
    }
}
