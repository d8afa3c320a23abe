package cn.perfeval.budget.execution.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the asset-management items of the scheme read. */
public record AssetFacts(FixedAssets fixedAssets, List<DisposalIncome> disposalIncome, boolean annualInventoryDone,
                         AssetReportQuality reportQuality) {

    public AssetFacts {
        if (fixedAssets == null) {
            throw new InvalidBudgetDataException("fixedAssets", BudgetDataMessages.REQUIRED.with());
        }
        if (reportQuality == null) {
            throw new InvalidBudgetDataException("reportQuality", BudgetDataMessages.REQUIRED.with());
        }
        disposalIncome = disposalIncome == null ? List.of() : List.copyOf(disposalIncome);
        Set<String> lineIds = new HashSet<>();
        for (DisposalIncome income : disposalIncome) {
            if (!lineIds.add(income.lineId())) {
                throw new InvalidBudgetDataException("disposalIncome[" + income.lineId() + "]", BudgetDataMessages.LINE_ID_TWICE.with());
            }
        }
    }
}
