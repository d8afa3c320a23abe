package cn.perfeval.budget.execution.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the asset-management items of the scheme read. */
public record AssetFacts(FixedAssets fixedAssets, List<DisposalIncome> disposalIncome, boolean annualInventoryDone,
                         AssetReportQuality reportQuality) {

    public AssetFacts {
        if (fixedAssets == null) {
            throw new InvalidBudgetDataException("fixedAssets", "is required");
        }
        if (reportQuality == null) {
            throw new InvalidBudgetDataException("reportQuality", "is required");
        }
        disposalIncome = disposalIncome == null ? List.of() : List.copyOf(disposalIncome);
        Set<String> lineIds = new HashSet<>();
        for (DisposalIncome income : disposalIncome) {
            if (!lineIds.add(income.lineId())) {
                throw new InvalidBudgetDataException("disposalIncome[" + income.lineId() + "]", "line id given twice");
            }
        }
    }
}
