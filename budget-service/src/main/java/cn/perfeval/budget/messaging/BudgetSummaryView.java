package cn.perfeval.budget.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures of the report's budget paragraph, 万元 and % to 2 decimals; unknown figures are omitted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BudgetSummary", requiredProperties = "unit",
        extensions = @Extension(name = "x-omits-members", value = "every figure that is unknown"))
public record BudgetSummaryView(
        @Schema(example = "万元") String unit,
        @Schema(example = "21443.80") BigDecimal initialBudget,
        @Schema(example = "311.25") BigDecimal adjustments,
        @Schema(example = "21755.05") BigDecimal annualBudget,
        @Schema(example = "21522.08") BigDecimal spent,
        @Schema(example = "98.93") BigDecimal executionRate,
        @Schema(example = "8858.19") BigDecimal basicExpenditure,
        @Schema(example = "12663.89") BigDecimal projectExpenditure,
        @Schema(example = "30") Integer projectCount,
        @Schema(example = "95.40") BigDecimal averageExecutionRate,
        @Schema(enumeration = {"BUREAU", "MONTHLY"}) String averageExecutionRateBasis,
        String averageExecutionRateSource,
        PublicFunds publicFunds,
        ThreePublic threePublic,
        @Schema(example = "0.00") BigDecimal carryOverRate,
        @Schema(example = "6.28") BigDecimal disposalIncome,
        @Schema(example = "95.00") BigDecimal fixedAssetUtilisationRate) {

    private static final BudgetSummaryView NO_FIGURES = new BudgetSummaryView("万元", null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null);

    public boolean hasFigures() {
        return !equals(NO_FIGURES);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(extensions = @Extension(name = "x-omits-members", value = "every figure that is unknown"))
    public record PublicFunds(BigDecimal actual, BigDecimal budgeted, BigDecimal controlRate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(extensions = @Extension(name = "x-omits-members", value = "every figure that is unknown"))
    public record ThreePublic(BigDecimal actual, BigDecimal budgeted) {
    }
}
