package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Asset figures the scheme reads: fixed-asset utilisation (in use ÷ total × 100, %), disposal income
 * (total and remitted, 万元; the line ids not remitted yet), the annual inventory and report quality.
 */
public record AssetSummary(BigDecimal fixedAssetUtilisationRate, BigDecimal disposalIncomeTotal,
                           BigDecimal disposalIncomeRemitted, List<String> unremittedDisposalLines,
                           boolean annualInventoryDone, AssetReportQuality reportQuality) {

    public AssetSummary {
        unremittedDisposalLines = List.copyOf(unremittedDisposalLines);
    }
}
