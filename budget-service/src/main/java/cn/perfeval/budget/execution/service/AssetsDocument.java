package cn.perfeval.budget.execution.service;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.budget.execution.domain.AssetFacts;
import cn.perfeval.budget.execution.domain.AssetReportQuality;
import cn.perfeval.budget.execution.domain.DisposalIncome;
import cn.perfeval.budget.execution.domain.FixedAssets;
import cn.perfeval.budget.execution.domain.BudgetDataMessages;
import cn.perfeval.budget.execution.domain.InvalidBudgetDataException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the asset-management items read, as one document: fixed assets total and in use (万元), disposal
 * income with the date it was remitted, the inventories done in the year and the asset report's data quality.
 */
@Schema(name = "Assets")
public record AssetsDocument(FixedAssets fixedAssets, @Valid @Size(max = TextLimits.ITEMS) List<DisposalIncome> disposalIncome,
                             @Valid @Size(max = TextLimits.ITEMS) List<AssetInventory> inventories, AssetReportQuality reportQuality) {

    public AssetsDocument {
        disposalIncome = disposalIncome == null ? List.of() : List.copyOf(disposalIncome);
        inventories = inventories == null ? List.of() : List.copyOf(inventories);
    }

    /** @throws InvalidBudgetDataException naming the field that is missing or wrong */
    public AssetFacts toFacts(int fiscalYear) {
        for (int i = 0; i < inventories.size(); i++) {
            AssetInventory inventory = inventories.get(i);
            if (inventory == null || inventory.id() == null || inventory.id().isBlank()) {
                throw new InvalidBudgetDataException("inventories[" + i + "].id", BudgetDataMessages.REQUIRED.with());
            }
            if (inventory.completedOn() == null) {
                throw new InvalidBudgetDataException("inventories[" + inventory.id() + "].completedOn", BudgetDataMessages.REQUIRED.with());
            }
        }
        for (DisposalIncome income : disposalIncome) {
            if (income.remittedOn() != null && income.remittedOn().getYear() < fiscalYear) {
                throw new InvalidBudgetDataException("disposalIncome[" + income.lineId() + "].remittedOn",
                        BudgetDataMessages.BEFORE_YEAR.with(income.remittedOn(), fiscalYear));
            }
        }
        return new AssetFacts(fixedAssets, disposalIncome, !inventories.isEmpty(), reportQuality);
    }
}
