package cn.perfeval.indicator.tree;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An indicator's full state: what the API returns and what {@code indicator-events} carries. Values appear as
 * written ({@code text}) and parsed ({@code value} in base units, {@code unit}).
 */
@Schema(name = "Indicator")
public record IndicatorView(
        UUID id,
        String departmentCode,
        int fiscalYear,
        int ordinal,
        @Schema(description = "OUTPUT, BENEFIT, SATISFACTION or COST") String level1,
        @Schema(example = "产出指标") String level1Name,
        String level2,
        String name,
        @Schema(description = "GT, GE, EQ, LE, LT or QUALITATIVE") String comparator,
        Value periodTarget,
        Value annualTarget,
        Value actual,
        BigDecimal weight,
        String calculationNote,
        String qualitativeGrade,
        BigDecimal qualitativeShare,
        Completion completion,
        Evidence evidence,
        @Schema(description = "Mid-year values, oldest first") List<ProgressValue> progress,
        long version,
        OffsetDateTime updatedAt) {

    /** A value as written and as read. */
    @Schema(name = "IndicatorValue")
    public record Value(@Schema(example = "530万人") String text, @Schema(example = "5300000") BigDecimal value,
            @Schema(example = "人") String unit) {
    }

    /** 完成情况: rate as the report shows it (2 decimals, not capped), met or not, the credit share scoring uses. */
    @Schema(name = "IndicatorCompletion")
    public record Completion(@Schema(description = "MET, NOT_MET or MISSING") String status,
            @Schema(example = "100.92") BigDecimal ratePercent, BigDecimal creditShare, List<String> notes) {
    }

    @Schema(name = "IndicatorProgress")
    public record ProgressValue(java.time.LocalDate asOf, String text, BigDecimal value, String unit, String note,
            String reportedBy) {
    }

    @Schema(name = "IndicatorEvidence")
    public record Evidence(String document, String url, String reportedBy, OffsetDateTime reportedAt) {
    }
}
