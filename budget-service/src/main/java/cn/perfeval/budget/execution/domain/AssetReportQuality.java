package cn.perfeval.budget.execution.domain;

/**
 * The reviewer's findings on the state-asset annual report (行政事业性国有资产年报): complete, accurate,
 * and asset accounts agreeing with the financial accounts and the physical assets (账账相符、账实相符).
 */
public record AssetReportQuality(Boolean complete, Boolean accurate, Boolean accountsReconciled) {

    /** Boxed flags, so that a missing one is an error rather than a silent "no". */
    public AssetReportQuality {
        required(complete, "complete");
        required(accurate, "accurate");
        required(accountsReconciled, "accountsReconciled");
    }

    public boolean satisfactory() {
        return complete && accurate && accountsReconciled;
    }

    private static void required(Boolean flag, String name) {
        if (flag == null) {
            throw new InvalidBudgetDataException("reportQuality." + name, BudgetDataMessages.REQUIRED.with());
        }
    }
}
